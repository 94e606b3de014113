package com.digitalbank.agent.builder;

import java.util.List;

/**
 * What PM tells the model: the project, its requirements and, for a modification, the
 * change requests so far (the newest last) and the files that exist.
 */
public record PlanBrief(String projectName, String templateId, String requirements, List<String> changeRequests,
		List<String> existingFiles) {

	public PlanBrief {
		changeRequests = List.copyOf(changeRequests);
		existingFiles = List.copyOf(existingFiles);
	}

}
