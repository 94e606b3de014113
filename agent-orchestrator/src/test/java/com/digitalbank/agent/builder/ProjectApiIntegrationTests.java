package com.digitalbank.agent.builder;

import java.util.List;

import com.digitalbank.agent.AgentIntegrationTest;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project API's refusals and its user boundaries: bad input is a 400 or 413 problem
 * with a stable code and creates nothing, another user's project is not found, and a
 * project has nothing to download before it is packaged.
 */
@AgentIntegrationTest
class ProjectApiIntegrationTests {

	private static final String REQUIREMENTS = "A library API. Entity Book with fields title, author.";

	@LocalServerPort
	int port;

	@Test
	void emptyRequirementsAreRefused() {
		BuilderApi api = BuilderApi.newUser(port);

		ApiResponse refused = api.client().post("/v1/projects", BuilderApi.body("Library", "spring-boot-api", "  "));

		assertProblem(refused, 400, "VALIDATION_FAILED");
		assertThat(refused.<List<String>>json("$.errors[*].field")).contains("requirements");
		assertThat(api.client().get("/v1/projects").<List<?>>json("$.items")).isEmpty();
	}

	@Test
	void anUnknownTemplateIsRefused() {
		BuilderApi api = BuilderApi.newUser(port);

		assertProblem(api.client().post("/v1/projects", BuilderApi.body("Library", "cobol-mainframe", REQUIREMENTS)),
				400, "UNKNOWN_TEMPLATE");
		assertThat(api.client().get("/v1/projects").<List<?>>json("$.items")).isEmpty();
	}

	@Test
	void requirementsLongerThanTheLimitAreRefused() {
		BuilderApi api = BuilderApi.newUser(port);

		assertProblem(
				api.client().post("/v1/projects", BuilderApi.body("Library", "spring-boot-api", "x".repeat(20_001))),
				400, "VALIDATION_FAILED");
	}

	@Test
	void aMegabyteOfRequirementsIsTooLarge() {
		BuilderApi api = BuilderApi.newUser(port);

		assertProblem(
				api.client().post("/v1/projects", BuilderApi.body("Library", "spring-boot-api", "x".repeat(1_100_000))),
				413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void anotherUsersProjectIsNotFound() {
		BuilderApi owner = BuilderApi.newUser(port);
		BuilderApi stranger = BuilderApi.newUser(port);
		String id = owner.create("Library", "spring-boot-api", REQUIREMENTS);

		for (String path : List.of("", "/files", "/report", "/plan", "/download", "/events")) {
			assertProblem(stranger.client().get("/v1/projects/" + id + path), 404, "PROJECT_NOT_FOUND");
		}
		assertProblem(stranger.client().delete("/v1/projects/" + id), 404, "PROJECT_NOT_FOUND");
		assertProblem(stranger.client().put("/v1/projects/" + id, "{\"name\":\"Mine now\"}"), 404, "PROJECT_NOT_FOUND");
		assertProblem(stranger.client().post("/v1/projects/" + id + "/modifications", "{\"description\":\"x\"}"), 404,
				"PROJECT_NOT_FOUND");
		assertThat(owner.client().get("/v1/projects/" + id).status()).isEqualTo(200);
	}

	@Test
	void aProjectIsListedRenamedAndDeleted() {
		BuilderApi api = BuilderApi.newUser(port);
		String first = api.create("First", "static-website", "A site.");
		String second = api.create("Second", "static-website", "Another site.");
		api.awaitStatus(first, "READY");
		api.awaitStatus(second, "READY");

		ApiResponse page = api.client().get("/v1/projects?limit=1");
		assertThat(page.<List<String>>json("$.items[*].projectId")).containsExactly(second);
		ApiResponse next = api.client().get("/v1/projects?limit=1&cursor=" + page.json("$.nextCursor"));
		assertThat(next.<List<String>>json("$.items[*].projectId")).containsExactly(first);

		ApiResponse renamed = api.client().put("/v1/projects/" + first, "{\"name\":\"First, renamed\"}");
		assertThat(renamed.<String>json("$.name")).isEqualTo("First, renamed");

		assertThat(api.client().delete("/v1/projects/" + first).status()).isEqualTo(204);
		assertProblem(api.client().get("/v1/projects/" + first), 404, "PROJECT_NOT_FOUND");
	}

	@Test
	void aFileIsReadByItsPathAndAnUnsafePathIsNotAFile() {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create("Files", "static-website", "A site. Pages: Home, Gallery.");
		api.awaitStatus(id, "READY");

		assertThat(api.client().get("/v1/projects/" + id + "/files").<List<String>>json("$.items[*].path"))
			.contains("index.html", "gallery.html", "css/styles.css", "DEPLOYMENT.md");
		assertThat(
				api.client().get("/v1/projects/" + id + "/files/content?path=gallery.html").<String>json("$.content"))
			.contains("<h1>Gallery</h1>");
		assertProblem(api.client().get("/v1/projects/" + id + "/files/content?path=../../etc/passwd"), 404,
				"FILE_NOT_FOUND");
	}

	@Test
	void templatesAreListedAndAnUnknownOneIsNotFound() {
		ApiClient client = BuilderApi.newUser(port).client();

		assertThat(client.get("/v1/templates").<List<String>>json("$.items[*].templateId"))
			.containsExactly("spring-boot-api", "static-website", "cli-tool");
		assertThat(client.get("/v1/templates/cli-tool").<String>json("$.projectType")).isEqualTo("COMMAND_LINE");
		assertProblem(client.get("/v1/templates/cobol"), 404, "TEMPLATE_NOT_FOUND");
	}

	@Test
	void aProjectWithoutAPackageHasNothingToDownload() {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create(ScriptedModel.HOPELESS, "spring-boot-api", REQUIREMENTS);
		api.awaitStatus(id, "FAILED");

		assertProblem(api.client().get("/v1/projects/" + id + "/download"), 409, "PROJECT_NOT_READY");
	}

	static void assertProblem(ApiResponse response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo(code);
	}

}
