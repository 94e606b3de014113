package com.digitalbank.agent.builder;

import java.time.Duration;
import java.util.UUID;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The builder's API as a test's user sees it: a user of its own, and waiting for a
 * status.
 */
final class BuilderApi {

	private final ApiClient client;

	private BuilderApi(ApiClient client) {
		this.client = client;
	}

	static BuilderApi newUser(int port) {
		return new BuilderApi(ApiClient.on(port).as("user-" + UUID.randomUUID(), "acme", "agent"));
	}

	ApiClient client() {
		return client;
	}

	/** Creates the project and answers its id. */
	String create(String name, String templateId, String requirements) {
		ApiResponse created = client.post("/v1/projects", body(name, templateId, requirements));
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		return created.json("$.projectId");
	}

	/** The project once it reached {@code status} (or failed trying). */
	ApiResponse awaitStatus(String projectId, String status) {
		ApiResponse project = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> client.get("/v1/projects/" + projectId),
					response -> status.equals(response.json("$.status")) || "FAILED".equals(response.json("$.status")));
		assertThat(project.<String>json("$.status")).as(project.body()).isEqualTo(status);
		return project;
	}

	static String body(String name, String templateId, String requirements) {
		return "{\"name\":" + quote(name) + ",\"templateId\":" + quote(templateId) + ",\"requirements\":"
				+ quote(requirements) + "}";
	}

	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
