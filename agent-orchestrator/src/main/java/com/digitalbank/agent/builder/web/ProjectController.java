package com.digitalbank.agent.builder.web;

import java.net.URI;

import com.digitalbank.agent.builder.Modification;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectManagement;
import com.digitalbank.agent.builder.ProjectPage;
import com.digitalbank.platform.externalid.ExternalId;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ProjectController.PATH)
@Tag(name = "Projects", description = "Projects built by the PM, Dev, QA and Ops agents")
class ProjectController {

	static final String PATH = "/v1/projects";

	private final ProjectManagement projects;

	ProjectController(ProjectManagement projects) {
		this.projects = projects;
	}

	@PostMapping
	@Operation(operationId = "createProject", summary = "Build a project from a template and requirements",
			description = "Answers at once; the agents build it. Follow GET /v1/projects/{id}/events. "
					+ "Errors: UNKNOWN_TEMPLATE, VALIDATION_FAILED; a body over 1 MB is 413 PAYLOAD_TOO_LARGE.")
	@ApiResponse(responseCode = "202", description = "Accepted", useReturnTypeSchema = true)
	ResponseEntity<ProjectAcceptedResponse> create(CurrentUser user, @Valid @RequestBody CreateProjectRequest request) {
		Project project = projects.create(user.userId(), request.toNewProject());
		return ResponseEntity.accepted()
			.location(URI.create(PATH + "/" + project.projectId()))
			.body(ProjectAcceptedResponse.from(project));
	}

	@GetMapping
	@Operation(operationId = "listProjects", summary = "The caller's projects, newest first")
	ProjectPageResponse list(CurrentUser user,
			@RequestParam(defaultValue = "20") @Min(1) @Max(ProjectPage.MAX_LIMIT) int limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return ProjectPageResponse.from(projects.page(user.userId(), limit, cursor));
	}

	@GetMapping("/{projectId}")
	@Operation(operationId = "getProject", summary = "One of the caller's projects")
	ProjectResponse get(CurrentUser user, @PathVariable @ExternalId String projectId) {
		return ProjectResponse.from(projects.find(user.userId(), new ProjectId(projectId)));
	}

	@PutMapping("/{projectId}")
	@Operation(operationId = "updateProject", summary = "Rename one of the caller's projects",
			description = "Requirements change through modifications. Errors: CONCURRENT_UPDATE.")
	ProjectResponse update(CurrentUser user, @PathVariable @ExternalId String projectId,
			@Valid @RequestBody UpdateProjectRequest request) {
		return ProjectResponse.from(projects.rename(user.userId(), new ProjectId(projectId), request.name().strip()));
	}

	@DeleteMapping("/{projectId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteProject", summary = "Delete a project with its files and packages")
	@ApiResponse(responseCode = "204", description = "Deleted")
	void delete(CurrentUser user, @PathVariable @ExternalId String projectId) {
		projects.delete(user.userId(), new ProjectId(projectId));
	}

	@PostMapping("/{projectId}/modifications")
	@Operation(operationId = "modifyProject", summary = "Change a READY or FAILED project's files",
			description = "Runs the pipeline again over the current files as the next revision; the previous "
					+ "package stays downloadable. Errors: PROJECT_BUSY while the agents work on it.")
	@ApiResponse(responseCode = "202", description = "Accepted", useReturnTypeSchema = true)
	ResponseEntity<ModificationResponse> modify(CurrentUser user, @PathVariable @ExternalId String projectId,
			@Valid @RequestBody ModificationRequest request) {
		Modification modification = projects.modify(user.userId(), new ProjectId(projectId), request.description());
		return ResponseEntity.accepted()
			.location(URI.create(PATH + "/" + projectId))
			.body(ModificationResponse.from(projectId, modification));
	}

}
