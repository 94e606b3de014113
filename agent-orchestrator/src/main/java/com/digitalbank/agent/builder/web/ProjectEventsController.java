package com.digitalbank.agent.builder.web;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectManagement;
import com.digitalbank.platform.externalid.ExternalId;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Projects")
class ProjectEventsController {

	private final ProjectManagement projects;

	private final BuilderProperties properties;

	ProjectEventsController(ProjectManagement projects, BuilderProperties properties) {
		this.projects = projects;
		this.properties = properties;
	}

	@GetMapping(path = ProjectController.PATH + "/{projectId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(operationId = "streamProjectEvents", summary = "The pipeline's progress as server-sent events",
			description = "Every event so far, then each new one as the agents start and finish: AGENT_STARTED, "
					+ "AGENT_FINISHED, STATUS_CHANGED. The stream ends after the project becomes READY or FAILED; "
					+ "send Last-Event-ID to resume after an event.")
	@ApiResponse(responseCode = "200", description = "The event stream",
			content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
					schema = @Schema(implementation = ProgressEventResponse.class)))
	SseEmitter events(CurrentUser user, @PathVariable @ExternalId String projectId,
			@Parameter(description = "Resume after this event id") @RequestHeader(name = "Last-Event-ID",
					required = false) @ExternalId String lastEventId) {
		ProjectId id = new ProjectId(projectId);
		projects.find(user.userId(), id);
		return ProgressStream.start(projects, id, lastEventId, properties.progressPollInterval(),
				properties.progressTimeout());
	}

}
