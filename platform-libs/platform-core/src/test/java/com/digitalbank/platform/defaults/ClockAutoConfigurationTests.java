package com.digitalbank.platform.defaults;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ClockAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

	@Test
	void servicesGetAUtcClock() {
		runner.run(context -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC));
	}

	@Test
	void aServicesOwnClockWins() {
		Clock fixed = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

		runner.withBean(Clock.class, () -> fixed)
			.run(context -> assertThat(context).getBean(Clock.class).isSameAs(fixed));
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.clock.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(Clock.class));
	}

}
