package com.digitalbank.infra.containers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.digitalbank.infra.Repository;
import com.digitalbank.infra.Repository.Service;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml runs what ./dev up runs: the local stack as one image and every
 * service of ./dev's table under the {@code local} profile, on the ports ./dev gives
 * them, and Compose itself accepts the file ({@code docker-compose config}, which needs
 * no engine; skipped, saying so, where docker-compose is not installed).
 */
class ComposeFileTests {

	private static final Path COMPOSE = Repository.root().resolve("docker-compose.yml");

	@Test
	@SuppressWarnings("unchecked")
	void runsTheLocalStackAndEveryServiceUnderTheLocalProfileOnDevsPorts() {
		Map<String, Object> compose = new Yaml().load(Repository.read(COMPOSE));
		Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
		List<String> expected = new ArrayList<>(List.of("local-stack"));
		Repository.services().forEach(service -> expected.add(service.name()));
		assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(expected);
		for (Service service : Repository.services()) {
			Map<String, Object> definition = services.get(service.name());
			assertThat(definition.get("network_mode")).as(service.name()).isEqualTo("host");
			assertThat((Map<String, Object>) definition.get("environment")).as(service.name())
				.containsEntry("SPRING_PROFILES_ACTIVE", "local");
			Map<String, Object> build = (Map<String, Object>) definition.get("build");
			assertThat(Repository.root().resolve((String) build.get("dockerfile"))).isRegularFile();
			// Host networking: the port is the service's own, which must be ./dev's.
			assertThat(Repository
				.read(Repository.root().resolve(service.module()).resolve("src/main/resources/application.yml")))
				.as(service.name())
				.containsPattern("(?m)^server:\\s*\\n\\s+port: " + service.port() + "\\s*$");
		}
	}

	@Test
	void composeAcceptsTheFile() throws IOException, InterruptedException {
		Assumptions.assumeTrue(onPath("docker-compose"),
				"docker-compose is not installed, so `docker-compose config` was not run "
						+ "(apt-get install docker-compose; .ci/run installs it)");
		Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "--quiet")
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.exitValue()).as(output).isZero();
	}

	private static boolean onPath(String command) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Path.of(directory, command))) {
				return true;
			}
		}
		return false;
	}

}
