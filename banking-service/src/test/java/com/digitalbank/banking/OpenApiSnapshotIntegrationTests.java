package com.digitalbank.banking;

import java.nio.file.Files;
import java.nio.file.Path;

import com.digitalbank.platform.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document is the committed snapshot
 * {@code src/test/resources/openapi/banking-service.json}, from which the build generates
 * the Java client that {@code GeneratedClientIntegrationTests} uses. Compared as parsed
 * JSON, without {@code servers} (the random port). The current document is always written
 * to {@code target/openapi/banking-service.json}; to refresh the snapshot after a
 * deliberate API change:
 * {@code ./mvnw -pl banking-service -am verify -Dtest=OpenApiSnapshotIntegrationTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.snapshot.update=true}.
 */
class OpenApiSnapshotIntegrationTests extends BankingIntegrationTest {

	private static final String SERVICE = "banking-service";

	@Test
	void publishedDocumentIsTheCommittedSnapshot() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode published = (ObjectNode) json.readTree(ApiClient.on(port).get("/v3/api-docs").body());
		published.remove("servers");
		String current = json.writerWithDefaultPrettyPrinter().writeValueAsString(published) + "\n";
		Path written = Path.of("target", "openapi", SERVICE + ".json");
		Files.createDirectories(written.getParent());
		Files.writeString(written, current);
		Path snapshot = Path.of("src", "test", "resources", "openapi", SERVICE + ".json");
		if (Boolean.getBoolean("openapi.snapshot.update")) {
			Files.createDirectories(snapshot.getParent());
			Files.writeString(snapshot, current);
		}
		JsonNode committed = Files.exists(snapshot) ? json.readTree(Files.readString(snapshot)) : null;
		assertThat(published.equals(committed)).as("""
				The published OpenAPI document differs from the committed snapshot %s (the current one is in %s).
				If the change is intended, refresh the snapshot (and the generated client) with:
				  ./mvnw -pl %s -am verify -Dtest=OpenApiSnapshotIntegrationTests \
				-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.snapshot.update=true
				""".formatted(snapshot, written, SERVICE)).isTrue();
	}

}
