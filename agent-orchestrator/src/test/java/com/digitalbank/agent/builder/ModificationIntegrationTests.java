package com.digitalbank.agent.builder;

import com.digitalbank.agent.AgentIntegrationTest;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A modification re-runs the pipeline over the existing files as the next revision: the
 * files change, a new package is made, and the previous one stays downloadable.
 */
@AgentIntegrationTest
class ModificationIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aModificationChangesTheFilesAndRepackagesKeepingThePreviousPackage() throws Exception {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create("Recipe Box", "spring-boot-api", "Entity Recipe with fields title, minutes:int.");
		api.awaitStatus(id, "READY");
		String firstLink = api.client().get("/v1/projects/" + id + "/download").json("$.url");

		ApiResponse accepted = api.client()
			.post("/v1/projects/" + id + "/modifications",
					"{\"description\":\"Add entity Review with fields rating:int, comment. Endpoints: GET /reviews/top.\"}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		assertThat(accepted.<Integer>json("$.revision")).isEqualTo(2);
		ProjectApiIntegrationTests.assertProblem(
				api.client().post("/v1/projects/" + id + "/modifications", "{\"description\":\"And another\"}"), 409,
				"PROJECT_BUSY");
		ApiResponse ready = api.awaitStatus(id, "READY");

		assertThat(ready.<Integer>json("$.revision")).isEqualTo(2);
		assertThat(ready.<Integer>json("$.packagedRevision")).isEqualTo(2);
		GeneratedProject second = GeneratedProject
			.download(api.client().get("/v1/projects/" + id + "/download").json("$.url"));
		assertThat(second.file("Review.java")).contains("int rating, String comment");
		assertThat(second.file("ReviewController.java")).contains("@GetMapping(\"/top\")");
		assertThat(second.file("Recipe.java")).contains("String title, int minutes");
		GeneratedProject first = GeneratedProject.download(firstLink);
		assertThat(first.files.keySet()).noneMatch(path -> path.endsWith("Review.java"));
		ApiResponse firstAgain = api.client().get("/v1/projects/" + id + "/download?revision=1");
		assertThat(GeneratedProject.download(firstAgain.json("$.url")).files).isEqualTo(first.files);
		assertThat(second.compileAndRunTests().getTotalFailureCount()).isZero();
	}

	@Test
	void aModifiedStaticSiteGetsItsNewPageAndPassesQaAgainWithItsDeploymentFiles() {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create("Corner Cafe", "static-website", "A cafe. Pages: Menu.");
		api.awaitStatus(id, "READY");

		api.client().post("/v1/projects/" + id + "/modifications", "{\"description\":\"Add a gallery page.\"}");
		api.awaitStatus(id, "READY");

		ApiResponse report = api.client().get("/v1/projects/" + id + "/report");
		assertThat(report.<Integer>json("$.revision")).isEqualTo(2);
		assertThat(report.<Integer>json("$.attempt")).isEqualTo(1);
		GeneratedProject site = GeneratedProject
			.download(api.client().get("/v1/projects/" + id + "/download").json("$.url"));
		assertThat(site.files).containsKeys("gallery.html", "menu.html", "deploy/static-site.yaml");
		assertThat(site.file("index.html")).contains("href=\"gallery.html\"");
	}

}
