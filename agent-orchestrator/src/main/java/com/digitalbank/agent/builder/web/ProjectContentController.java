package com.digitalbank.agent.builder.web;

import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectManagement;
import com.digitalbank.agent.builder.ProjectPath;
import com.digitalbank.platform.externalid.ExternalId;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ProjectController.PATH + "/{projectId}")
@Tag(name = "Projects")
class ProjectContentController {

	private final ProjectManagement projects;

	ProjectContentController(ProjectManagement projects) {
		this.projects = projects;
	}

	@GetMapping("/files")
	@Operation(operationId = "listProjectFiles", summary = "The project's files, without content")
	FileListResponse files(CurrentUser user, @PathVariable @ExternalId String projectId) {
		return FileListResponse.from(projects.files(user.userId(), new ProjectId(projectId)));
	}

	@GetMapping("/files/content")
	@Operation(operationId = "getProjectFile", summary = "One file's content", description = "Errors: FILE_NOT_FOUND.")
	FileContentResponse file(CurrentUser user, @PathVariable @ExternalId String projectId,
			@Parameter(description = "The file's path in the project",
					example = "README.md") @RequestParam @Size(max = ProjectPath.MAX_LENGTH) String path) {
		return FileContentResponse.from(projects.file(user.userId(), new ProjectId(projectId), path));
	}

	@GetMapping("/plan")
	@Operation(operationId = "getProjectPlan", summary = "PM's plan of the newest planned revision",
			description = "Errors: PLAN_NOT_FOUND before PM planned.")
	PlanResponse plan(CurrentUser user, @PathVariable @ExternalId String projectId) {
		return PlanResponse.from(projects.plan(user.userId(), new ProjectId(projectId)));
	}

	@GetMapping("/report")
	@Operation(operationId = "getProjectReport", summary = "QA's newest report",
			description = "Errors: REPORT_NOT_FOUND before QA ran.")
	ReportResponse report(CurrentUser user, @PathVariable @ExternalId String projectId) {
		return ReportResponse.from(projects.report(user.userId(), new ProjectId(projectId)));
	}

	@GetMapping("/download")
	@Operation(operationId = "downloadProject", summary = "A presigned link to the packaged project",
			description = "The newest package unless a revision is named; a project being modified still serves "
					+ "its previous one. Errors: PROJECT_NOT_READY (409) when there is none.")
	DownloadResponse download(CurrentUser user, @PathVariable @ExternalId String projectId,
			@Parameter(description = "A packaged revision; the newest by default") @RequestParam(
					required = false) @Min(1) Integer revision) {
		return DownloadResponse.from(projects.download(user.userId(), new ProjectId(projectId), revision));
	}

}
