package com.digitalbank.agent.builder;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.digitalbank.agent.AgentIntegrationTest;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project from each template, end to end with the offline model: PM, Dev, QA and Ops
 * over SQS to READY, and the downloaded zip holds what the requirements asked for and
 * passes QA's checks; the Java ones compile and their generated tests pass here,
 * in-process.
 */
@AgentIntegrationTest
class ProjectPipelineIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aSpringBootApiHonoursItsEntitiesAndEndpointsAndItsTestsPass() throws Exception {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create("Library API", "spring-boot-api",
				"A library API. Entity Book with fields title, author, year:int, price. "
						+ "Entity Member with name, email and active. "
						+ "Endpoints: GET /books, POST /books, GET /books/search, POST /loans/{id}/return.");

		ApiResponse ready = api.awaitStatus(id, "READY");

		assertThat(ready.<Integer>json("$.qualityScore")).isGreaterThanOrEqualTo(90);
		GeneratedProject project = download(api, id);
		assertThat(project.files).containsKeys("pom.xml", "README.md", "Dockerfile", "deploy/ecs-task-definition.json",
				"DEPLOYMENT.md", "src/main/java/com/example/libraryapi/LibraryApiApplication.java");
		assertThat(project.file("Book.java"))
			.contains("public record Book(Long id, String title, String author, " + "int year, BigDecimal price)");
		assertThat(project.file("Member.java")).contains("String name, String email, boolean active");
		assertThat(project.file("BookController.java")).contains("@RequestMapping(\"/books\")")
			.contains("@GetMapping(\"/search\")");
		assertThat(project.file("LoanController.java")).contains("@RequestMapping(\"/loans\")")
			.contains("@PostMapping(\"/{id}/return\")");
		assertTestsPass(project);
	}

	@Test
	void aCommandLineToolHasTheCommandsAskedForAndItsTestsPass() throws Exception {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create("Todo CLI", "cli-tool", "A todo list tool. Commands: add, list, done, remove, stats.");

		api.awaitStatus(id, "READY");

		GeneratedProject project = download(api, id);
		assertThat(project.file("Commands.java")).contains("case \"add\"", "case \"done\"", "case \"stats\"");
		assertThat(project.file("src/main/java/com/example/todocli/TodoCli.java")).contains("public static void main");
		assertThat(project.files).containsKeys("Dockerfile", "DEPLOYMENT.md");
		assertThat(project.file("DEPLOYMENT.md")).contains("COMMAND_LINE");
		assertTestsPass(project);
	}

	@Test
	void aStaticWebsiteHasThePagesAskedFor() {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create("Sunrise Bakery", "static-website",
				"A bakery website. Pages: Home, Menu, About, Contact. Tagline: Fresh bread every morning.");

		api.awaitStatus(id, "READY");

		GeneratedProject project = download(api, id);
		assertThat(project.files).containsKeys("index.html", "menu.html", "about.html", "contact.html",
				"css/styles.css", "js/main.js", "deploy/static-site.yaml", "DEPLOYMENT.md");
		assertThat(project.file("index.html")).contains("<title>Sunrise Bakery</title>", "Fresh bread every morning",
				"href=\"menu.html\"");
		assertThat(project.file("contact.html")).contains("<form data-contact>");
		ApiResponse report = api.client().get("/v1/projects/" + id + "/report");
		assertThat(report.<Boolean>json("$.passed")).isTrue();
		assertThat(report.<List<String>>json("$.checks[?(@.name == 'html-structure')].outcome"))
			.containsExactly("PASSED");
	}

	private static GeneratedProject download(BuilderApi api, String id) {
		ApiResponse link = api.client().get("/v1/projects/" + id + "/download");
		assertThat(link.status()).as(link.body()).isEqualTo(200);
		return GeneratedProject.download(link.json("$.url"));
	}

	private void assertTestsPass(GeneratedProject project) throws Exception {
		TestExecutionSummary summary = project.compileAndRunTests();
		StringWriter failures = new StringWriter();
		summary.printFailuresTo(new PrintWriter(failures), 20);
		assertThat(summary.getTestsFoundCount()).isPositive();
		assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
	}

}
