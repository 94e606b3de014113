package com.digitalbank.agent.builder;

import java.util.List;

/**
 * What Dev tells the model: the project and one task of its plan, or on a later attempt
 * QA's failures to fix. {@code currentFiles} holds the contents the model needs to change
 * (the task's files or the failing ones) as far as they exist.
 */
public record DevBrief(String projectName, String templateId, String requirements, List<String> changeRequests,
		PlanTask task, List<QaReport.QaFailure> fixes, List<String> existingFiles, List<CurrentFile> currentFiles) {

	public DevBrief {
		changeRequests = List.copyOf(changeRequests);
		fixes = List.copyOf(fixes);
		existingFiles = List.copyOf(existingFiles);
		currentFiles = List.copyOf(currentFiles);
	}

	public boolean isFix() {
		return !fixes.isEmpty();
	}

	/** A file as it stands, for the model to change. */
	public record CurrentFile(String path, String content) {

	}

}
