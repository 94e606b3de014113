package com.digitalbank.agent.builder;

import java.util.List;

import com.digitalbank.agent.AgentIntegrationTest;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pipeline does when the model misbehaves: code that does not compile goes back
 * from QA to Dev, which fixes it or fails the project at the limit; a file outside the
 * project fails it; a Dev step that dies midway runs again and finishes once.
 */
@AgentIntegrationTest
class PipelineFailuresIntegrationTests {

	private static final String REQUIREMENTS = "A shop API. Entity Product with fields name, price.";

	@LocalServerPort
	int port;

	@Test
	void codeThatDoesNotCompileGoesBackToDevAndEndsReadyWithTheFix() {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create(ScriptedModel.BROKEN, "spring-boot-api", REQUIREMENTS);

		api.awaitStatus(id, "READY");

		ApiResponse report = api.client().get("/v1/projects/" + id + "/report");
		assertThat(report.<Integer>json("$.attempt")).isEqualTo(2);
		assertThat(report.<Boolean>json("$.passed")).isTrue();
		String application = api.client()
			.get("/v1/projects/" + id
					+ "/files/content?path=src/main/java/com/example/brokenshop/BrokenShopApplication.java")
			.json("$.content");
		assertThat(application).contains("@SpringBootApplication").doesNotContain("return 42");
		assertThat(events(api, id)).contains("Fixing 1 problems QA found (attempt 2)");
	}

	@Test
	void codeThatNeverCompilesFailsTheProjectAtTheLimit() {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create(ScriptedModel.HOPELESS, "spring-boot-api", REQUIREMENTS);

		ApiResponse failed = api.awaitStatus(id, "FAILED");

		assertThat(failed.<String>json("$.failureReason")).startsWith("QA still found 1 problems after 3 attempts")
			.contains("HopelessShopApplication.java");
		ApiResponse report = api.client().get("/v1/projects/" + id + "/report");
		assertThat(report.<Integer>json("$.attempt")).isEqualTo(3);
		assertThat(report.<List<String>>json("$.failures[*].check")).containsOnly("java-compilation");
	}

	@Test
	void aFileOutsideTheProjectFailsItAndIsNeverWritten() {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create("Escape Artist", "spring-boot-api", REQUIREMENTS);

		ApiResponse failed = api.awaitStatus(id, "FAILED");

		assertThat(failed.<String>json("$.failureReason"))
			.isEqualTo("Refused file path '../../outside.txt': it climbs out of the project with '..'");
		assertThat(api.client().get("/v1/projects/" + id + "/files").<List<?>>json("$.items")).isEmpty();
	}

	@Test
	void aDevStepThatDiesMidwayRunsAgainAndFinishesOnce() {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create("Crash Course", "spring-boot-api", REQUIREMENTS);

		api.awaitStatus(id, "READY");

		ApiResponse plan = api.client().get("/v1/projects/" + id + "/plan");
		int tasks = plan.<List<?>>json("$.tasks").size();
		String events = events(api, id);
		assertThat(count(events, "\"agent\":\"DEV\",\"status\":\"DEVELOPING\",\"revision\":1,\"message\":\"Wrote")
				+ count(events, "\"agent\":\"DEV\",\"status\":\"TESTING\",\"revision\":1,\"message\":\"Wrote"))
			.isEqualTo(tasks);
		assertThat(count(events, "\"message\":\"Task 2/" + tasks)).isEqualTo(2);
		assertThat(count(events, "Planned ")).isEqualTo(1);
		List<String> paths = api.client().get("/v1/projects/" + id + "/files").json("$.items[*].path");
		assertThat(paths).doesNotHaveDuplicates()
			.contains("pom.xml", "src/main/java/com/example/crashcourse/Product.java");
	}

	@Test
	void aStepThatFailsOnEveryTryFailsTheProjectBeforeItsMessageIsDeadLettered() {
		BuilderApi api = BuilderApi.newUser(port);
		String id = api.create("Unreachable Model", "spring-boot-api", REQUIREMENTS);

		ApiResponse failed = api.awaitStatus(id, "FAILED");

		assertThat(failed.<String>json("$.failureReason"))
			.isEqualTo("DEV gave up after repeated failures: Simulated provider outage");
	}

	static String events(BuilderApi api, String id) {
		ApiResponse stream = api.client().get("/v1/projects/" + id + "/events");
		assertThat(stream.status()).as(stream.body()).isEqualTo(200);
		assertThat(stream.contentType()).startsWith("text/event-stream");
		return stream.body();
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
