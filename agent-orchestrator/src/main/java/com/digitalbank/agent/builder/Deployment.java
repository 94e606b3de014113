package com.digitalbank.agent.builder;

import java.time.Instant;
import java.util.List;

/**
 * What Ops prepared for one revision.
 *
 * @param files the deployment files it added to the project
 * @param packageKey the zip's key in the artifacts bucket
 */
public record Deployment(int revision, ProjectType projectType, List<String> files, String notes, String packageKey,
		long packageSize, Instant createdAt) {

	public Deployment {
		files = List.copyOf(files);
	}

}
