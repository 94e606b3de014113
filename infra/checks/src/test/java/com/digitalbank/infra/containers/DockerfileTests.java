package com.digitalbank.infra.containers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.digitalbank.infra.Repository;
import com.digitalbank.infra.Repository.Service;
import com.digitalbank.infra.containers.Dockerfile.Instruction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's Dockerfile agrees with the build: what it copies from the build context
 * exists after {@code package} (the jar Maven built, named by the version), its JDK is
 * the build's Java version, it copies every layer the jar's layers.idx declares, and the
 * image runs as a non-root user with a readiness health check on the service's own port.
 * No Docker engine is needed (there is none here): the images themselves are built by the
 * workflow.
 */
class DockerfileTests {

	private static final Pattern JAVA_VERSION = Pattern.compile("<java.version>(\\d+)</java.version>");

	@Test
	void everyServiceHasADockerfileWhoseContextFilesExistAfterPackage() {
		List<String> missing = new ArrayList<>();
		for (Path file : dockerfiles()) {
			for (String source : Dockerfile.of(file).contextSources()) {
				if (!Files.exists(Repository.root().resolve(source))) {
					missing.add(Repository.root().relativize(file) + " copies " + source);
				}
			}
		}
		assertThat(missing).as("copied from the build context but absent after ./mvnw package").isEmpty();
	}

	@Test
	void imagesAreBuiltAndRunOnTheBuildsJavaVersion() {
		Matcher version = JAVA_VERSION.matcher(Repository.read(Repository.root().resolve("pom.xml")));
		assertThat(version.find()).isTrue();
		String java = version.group(1);
		for (Service service : Repository.services()) {
			Dockerfile dockerfile = Dockerfile.of(dockerfileOf(service));
			List<String> bases = dockerfile.all("FROM");
			assertThat(bases).as(service.name()).hasSize(2);
			assertThat(bases.get(0)).as(service.name()).isEqualTo("eclipse-temurin:" + java + "-jdk AS build");
			// The project builder's QA agent compiles Java: the orchestrator runs on a
			// JDK.
			String runtime = service.name().equals("agent-orchestrator") ? "jdk" : "jre";
			assertThat(bases.get(1)).as(service.name()).isEqualTo("eclipse-temurin:" + java + "-" + runtime);
		}
	}

	@Test
	void everyLayerOfTheJarIsCopiedIntoTheImage() throws IOException {
		for (Service service : Repository.services()) {
			List<String> copied = Dockerfile.of(dockerfileOf(service)).all("COPY");
			for (String layer : layers(service.jar())) {
				assertThat(copied).as("%s copies the %s layer", service.name(), layer)
					.contains("--from=build /build/layers/" + layer + "/ ./");
			}
		}
	}

	@Test
	void imagesRunAsAnUnprivilegedUserWithAReadinessHealthCheckOnTheServicesPort() {
		for (Service service : Repository.services()) {
			List<Instruction> runtime = Dockerfile.of(dockerfileOf(service)).finalStage();
			assertThat(last(runtime, "USER")).as(service.name()).isNotIn("root", "0").isNotBlank();
			assertThat(last(runtime, "EXPOSE")).as(service.name()).isEqualTo(String.valueOf(service.port()));
			assertThat(last(runtime, "ENV")).as(service.name()).contains("SERVER_PORT=" + service.port());
			assertThat(last(runtime, "HEALTHCHECK")).as(service.name()).contains("ReadinessProbe");
			assertThat(Repository.read(Repository.root().resolve("infra/docker/ReadinessProbe.java")))
				.contains("/actuator/health/readiness", "SERVER_PORT");
		}
	}

	private static String last(List<Instruction> instructions, String keyword) {
		return instructions.stream()
			.filter(instruction -> instruction.keyword().equals(keyword))
			.reduce((first, second) -> second)
			.map(Instruction::arguments)
			.orElse("");
	}

	private static List<String> layers(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			String index = new String(file.getInputStream(file.getEntry("BOOT-INF/layers.idx")).readAllBytes());
			return index.lines()
				.filter(line -> line.startsWith("- "))
				.map(line -> line.substring(3, line.length() - 2))
				.toList();
		}
	}

	private static List<Path> dockerfiles() {
		List<Path> files = new ArrayList<>(Repository.services().stream().map(DockerfileTests::dockerfileOf).toList());
		files.add(Repository.root().resolve("platform-libs/local-stack/Dockerfile"));
		return files;
	}

	private static Path dockerfileOf(Service service) {
		Path file = Repository.root().resolve(service.module()).resolve("Dockerfile");
		assertThat(file).as("%s's Dockerfile", service.name()).isRegularFile();
		return file;
	}

}
