package com.digitalbank.platform.defaults;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsEnvironmentPostProcessorTests {

	private final PlatformDefaultsEnvironmentPostProcessor processor = new PlatformDefaultsEnvironmentPostProcessor();

	@Test
	void givesEveryServiceJsonLogsVirtualThreadsAndGracefulShutdown() {
		MockEnvironment environment = new MockEnvironment();

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
		assertThat(environment.getProperty("spring.threads.virtual.enabled")).isEqualTo("true");
		assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(environment.getProperty("spring.jackson.deserialization.use-big-decimal-for-floats"))
			.isEqualTo("true");
	}

	@Test
	void knowsNothingOfAwsOrSpringdoc() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("local");

		processor.postProcessEnvironment(environment, new SpringApplication());

		MapPropertySource defaults = (MapPropertySource) environment.getPropertySources()
			.get(PlatformDefaultsEnvironmentPostProcessor.SOURCE_NAME);
		assertThat(defaults.getSource().keySet()).noneMatch(name -> name.startsWith("spring.cloud.aws"))
			.noneMatch(name -> name.startsWith("springdoc"));
	}

	@Test
	void aServicesOwnSettingWins() {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("service", Map.of("spring.threads.virtual.enabled", "false")));

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.threads.virtual.enabled")).isEqualTo("false");
	}

}
