package com.digitalbank.infra.declarations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.infra.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables, queues and buckets Terraform creates are the ones the services declare in
 * code: {@code infra/services.auto.tfvars.json} must be what the build exports from every
 * service's jar today. After a deliberate change to a declaration, refresh the file with
 * {@code ./mvnw -pl infra/checks -am verify -Dtest=ResourceAgreementTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinfra.declarations.update=true} and commit
 * it.
 */
class ResourceAgreementTests {

	static final Path COMMITTED = Repository.infra().resolve("services.auto.tfvars.json");

	private static ObjectNode declared;

	@BeforeAll
	static void exportEveryService() throws IOException {
		declared = DeclarationsExporter.export();
		if (Boolean.getBoolean("infra.declarations.update")) {
			Files.writeString(COMMITTED,
					Repository.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(declared) + "\n");
		}
	}

	@Test
	void theFileTerraformReadsIsWhatTheServicesDeclare() {
		List<String> differences = ResourceDifferences.between(declared, Repository.readJson(COMMITTED));
		assertThat(differences)
			.as("%s is stale; refresh it with -Dinfra.declarations.update=true (see %s)",
					Repository.root().relativize(COMMITTED), getClass().getSimpleName())
			.isEmpty();
	}

	@Test
	void everyServiceInDevsTableIsExported() {
		assertThat(declared.path("service_resources").propertyNames())
			.containsExactlyInAnyOrderElementsOf(Repository.services().stream().map(Repository.Service::name).toList());
	}

	/**
	 * An environment renames a resource through the property that names it; none means it
	 * cannot.
	 */
	@Test
	void everyDeclaredResourceIsNamedByAConfigurationProperty() {
		List<String> unnamed = new ArrayList<>();
		each((service, kind, name, resource) -> {
			if (resource.path("properties").isEmpty()) {
				unnamed.add(service + " " + kind + " " + name);
			}
		});
		assertThat(unnamed).as("declared under a name no configuration property holds").isEmpty();
	}

	/**
	 * Two services declaring one name get one resource: they must declare the same one.
	 */
	@Test
	void servicesThatDeclareTheSameNameDeclareTheSameResource() {
		Map<String, JsonNode> seen = new HashMap<>();
		List<String> conflicts = new ArrayList<>();
		each((service, kind, name, resource) -> {
			ObjectNode shape = (ObjectNode) resource.deepCopy();
			shape.remove(List.of("properties", "consumed"));
			JsonNode other = seen.putIfAbsent(kind + " " + name, shape);
			if (other != null && !other.equals(shape)) {
				conflicts.add(kind + " " + name + " (" + service + " declares " + shape + ", another " + other + ")");
			}
		});
		assertThat(conflicts).isEmpty();
	}

	@Test
	void everyQueueHasADeadLetterQueueTakingItsMessagesAfterThreeReceives() {
		each((service, kind, name, resource) -> {
			if (kind.equals("queues")) {
				assertThat(resource.path("dead_letter_queue").asString()).as(name).isNotBlank();
				assertThat(resource.path("max_receive_count").asInt()).as(name).isEqualTo(3);
			}
		});
	}

	private static void each(ResourceVisitor visitor) {
		declared.path("service_resources")
			.properties()
			.forEach(service -> List.of("tables", "queues", "buckets")
				.forEach(kind -> service.getValue()
					.path(kind)
					.properties()
					.forEach(resource -> visitor.visit(service.getKey(), kind, resource.getKey(),
							resource.getValue()))));
	}

	private interface ResourceVisitor {

		void visit(String service, String kind, String name, JsonNode resource);

	}

}
