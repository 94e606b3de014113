package com.digitalbank.agent.builder.web;

import java.time.Instant;

import com.digitalbank.agent.builder.Project;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A project as clients see it. {@code failureReason} is set only when it FAILED;
 * {@code packagedRevision} names the newest revision with a package to download.
 */
@Schema(requiredProperties = { "projectId", "name", "templateId", "status", "revision", "createdAt", "updatedAt" })
record ProjectResponse(@Schema(example = "prj-mi9x2k4c-3f2a9b1c") String projectId,
		@Schema(example = "Library API") String name, @Schema(example = "spring-boot-api") String templateId,
		String requirements, @Schema(example = "READY") String status,
		@JsonInclude(JsonInclude.Include.NON_NULL) String failureReason, @Schema(example = "1") int revision,
		@JsonInclude(JsonInclude.Include.NON_NULL) Integer packagedRevision,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "95") Integer qualityScore, Instant createdAt,
		Instant updatedAt) {

	static ProjectResponse from(Project project) {
		return new ProjectResponse(project.projectId().value(), project.name(), project.templateId(),
				project.requirements(), project.status().name(), project.failureReason(), project.revision(),
				project.packagedRevision(), project.qualityScore(), project.createdAt(), project.updatedAt());
	}

}
