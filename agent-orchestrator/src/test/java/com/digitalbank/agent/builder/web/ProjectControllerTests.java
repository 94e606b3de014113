package com.digitalbank.agent.builder.web;

import java.net.URI;
import java.time.Instant;

import com.digitalbank.agent.builder.Download;
import com.digitalbank.agent.builder.Modification;
import com.digitalbank.agent.builder.NewProject;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectManagement;
import com.digitalbank.agent.builder.ProjectNotFoundException;
import com.digitalbank.agent.builder.ProjectRejectedException;
import com.digitalbank.agent.builder.ProjectStatus;
import com.digitalbank.platform.test.PlatformWebMvcTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.digitalbank.platform.test.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

@PlatformWebMvcTest({ ProjectController.class, ProjectContentController.class, TemplateController.class })
class ProjectControllerTests {

	private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

	private static final ProjectId ID = new ProjectId("prj-1");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProjectManagement projects;

	@Test
	void acceptsAProjectAndSaysWhereToFollowIt() {
		given(projects.create(eq("user-1"), any(NewProject.class))).willReturn(project(ProjectStatus.CREATED));

		MvcTestResult result = post("/v1/projects",
				"{\"name\":\" Library \",\"templateId\":\"spring-boot-api\",\"requirements\":\"Entity Book.\"}");

		assertThat(result).hasStatus(HttpStatus.ACCEPTED)
			.hasHeader("Location", "/v1/projects/prj-1")
			.bodyJson()
			.isStrictlyEqualTo("{\"projectId\":\"prj-1\",\"status\":\"CREATED\"}");
	}

	@Test
	void refusesEmptyOverlongAndControlCharacterInputBeforeTheService() {
		assertProblem(post("/v1/projects", "{\"name\":\"L\",\"templateId\":\"spring-boot-api\",\"requirements\":\"\"}"),
				HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertProblem(
				post("/v1/projects",
						"{\"name\":\"L\",\"templateId\":\"spring-boot-api\",\"requirements\":\""
								+ "x".repeat(NewProject.MAX_REQUIREMENTS + 1) + "\"}"),
				HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertProblem(post("/v1/projects", "{\"name\":\"a\\u0007b\",\"templateId\":\"t\",\"requirements\":\"r\"}"),
				HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertProblem(post("/v1/projects/prj-1/modifications", "{\"description\":\" \"}"), HttpStatus.BAD_REQUEST,
				"VALIDATION_FAILED");
		assertProblem(mvc.get().uri("/v1/projects?limit=101").with(user("user-1")).exchange(), HttpStatus.BAD_REQUEST,
				"VALIDATION_FAILED");
		verifyNoInteractions(projects);
	}

	@Test
	void answersTheServicesRefusalsAsProblems() {
		given(projects.create(eq("user-1"), any(NewProject.class)))
			.willThrow(new ProjectRejectedException.UnknownTemplate("cobol"));
		given(projects.find("user-1", ID)).willThrow(new ProjectNotFoundException(ID));
		given(projects.modify("user-1", ID, "More"))
			.willThrow(new ProjectRejectedException.Busy(ID, ProjectStatus.TESTING));
		given(projects.download("user-1", ID, null)).willThrow(new ProjectRejectedException.NotReady(ID));

		assertProblem(post("/v1/projects", "{\"name\":\"L\",\"templateId\":\"cobol\",\"requirements\":\"r\"}"),
				HttpStatus.BAD_REQUEST, "UNKNOWN_TEMPLATE");
		assertProblem(mvc.get().uri("/v1/projects/prj-1").with(user("user-1")).exchange(), HttpStatus.NOT_FOUND,
				"PROJECT_NOT_FOUND");
		assertProblem(post("/v1/projects/prj-1/modifications", "{\"description\":\"More\"}"), HttpStatus.CONFLICT,
				"PROJECT_BUSY");
		assertProblem(mvc.get().uri("/v1/projects/prj-1/download").with(user("user-1")).exchange(), HttpStatus.CONFLICT,
				"PROJECT_NOT_READY");
		assertProblem(mvc.get().uri("/v1/templates/cobol").with(user("user-1")).exchange(), HttpStatus.NOT_FOUND,
				"TEMPLATE_NOT_FOUND");
	}

	@Test
	void acceptsAModificationAsTheNextRevision() {
		given(projects.modify("user-1", ID, "Add a page")).willReturn(new Modification("mod-1", "Add a page", 2, AT));

		assertThat(post("/v1/projects/prj-1/modifications", "{\"description\":\"Add a page\"}"))
			.hasStatus(HttpStatus.ACCEPTED)
			.bodyJson()
			.isStrictlyEqualTo("{\"modificationId\":\"mod-1\",\"projectId\":\"prj-1\",\"revision\":2,"
					+ "\"status\":\"CREATED\",\"createdAt\":\"2026-11-30T10:00:00Z\"}");
	}

	@Test
	void linksThePackageOfTheRevisionAskedFor() {
		given(projects.download("user-1", ID, 1))
			.willReturn(new Download(URI.create("http://s3/zip?X-Amz-Signature=x"), AT, 1));

		assertThat(mvc.get().uri("/v1/projects/prj-1/download?revision=1").with(user("user-1"))).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"url\":\"http://s3/zip?X-Amz-Signature=x\",\"expiresAt\":\"2026-11-30T10:00:00Z\","
					+ "\"revision\":1}");
	}

	private MvcTestResult post(String uri, String json) {
		return mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(user("user-1"))
			.exchange();
	}

	private static Project project(ProjectStatus status) {
		return new Project(ID, "user-1", "Library", "spring-boot-api", "Entity Book.", status, null, 1, null, null, 1,
				AT, AT);
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\":%d,\"code\":\"%s\"}".formatted(status.value(), code));
	}

}
