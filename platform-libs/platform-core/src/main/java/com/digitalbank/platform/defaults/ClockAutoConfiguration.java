package com.digitalbank.platform.defaults;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * One UTC clock for the service, so that every timestamp comes from the same place and a
 * test can replace it with a fixed one by declaring its own {@link Clock} bean.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "platform.clock.enabled", matchIfMissing = true)
public class ClockAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
