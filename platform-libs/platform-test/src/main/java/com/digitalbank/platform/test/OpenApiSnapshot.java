package com.digitalbank.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's published OpenAPI document must be its committed snapshot
 * {@code src/test/resources/openapi/<service>.json}, from which the build generates the
 * Java client its tests use. Compared as parsed JSON, without {@code servers} (the random
 * port). The current document is always written to {@code target/openapi/<service>.json};
 * {@code -Dopenapi.snapshot.update=true} overwrites the snapshot after a deliberate API
 * change (the failure message gives the whole command).
 */
public final class OpenApiSnapshot {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OpenApiSnapshot() {
	}

	/** Run from the service module's directory, as Maven runs its tests. */
	public static void assertPublishedIsCommitted(String service, String publishedDocument) {
		ObjectNode published = (ObjectNode) JSON.readTree(publishedDocument);
		published.remove("servers");
		String current = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(published) + "\n";
		Path written = Path.of("target", "openapi", service + ".json");
		Path snapshot = Path.of("src", "test", "resources", "openapi", service + ".json");
		try {
			write(written, current);
			if (Boolean.getBoolean("openapi.snapshot.update")) {
				write(snapshot, current);
			}
			JsonNode committed = Files.exists(snapshot) ? JSON.readTree(Files.readString(snapshot)) : null;
			assertThat(published.equals(committed)).as("""
					The published OpenAPI document differs from the committed snapshot %s (the current one is in %s).
					If the change is intended, refresh the snapshot (and the generated client) with:
					  ./mvnw -pl %s -am verify -Dtest=OpenApiSnapshotIntegrationTests \
					-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.snapshot.update=true
					""".formatted(snapshot, written, service)).isTrue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

}
