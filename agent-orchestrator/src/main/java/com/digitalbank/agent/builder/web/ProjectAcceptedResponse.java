package com.digitalbank.agent.builder.web;

import com.digitalbank.agent.builder.Project;
import io.swagger.v3.oas.annotations.media.Schema;

/** A project accepted for building; follow it on its event stream or by polling it. */
@Schema(requiredProperties = { "projectId", "status" })
record ProjectAcceptedResponse(@Schema(example = "prj-mi9x2k4c-3f2a9b1c") String projectId,
		@Schema(example = "CREATED") String status) {

	static ProjectAcceptedResponse from(Project project) {
		return new ProjectAcceptedResponse(project.projectId().value(), project.status().name());
	}

}
