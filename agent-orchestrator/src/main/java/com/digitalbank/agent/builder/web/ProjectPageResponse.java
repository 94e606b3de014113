package com.digitalbank.agent.builder.web;

import java.util.List;

import com.digitalbank.agent.builder.ProjectPage;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of the caller's projects, newest first; {@code nextCursor} is null on the last.
 */
@Schema(requiredProperties = { "items", "nextCursor" })
record ProjectPageResponse(List<ProjectResponse> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

	static ProjectPageResponse from(ProjectPage page) {
		return new ProjectPageResponse(page.items().stream().map(ProjectResponse::from).toList(), page.nextCursor());
	}

}
