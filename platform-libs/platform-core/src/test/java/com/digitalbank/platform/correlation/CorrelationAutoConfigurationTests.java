package com.digitalbank.platform.correlation;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorrelationAutoConfiguration.class));

	@Test
	void registersTheFilterAndTheRestClientCustomizer() {
		runner.run(context -> {
			assertThat(context.getBean("correlationIdFilter", FilterRegistrationBean.class).getFilter())
				.isInstanceOf(CorrelationIdFilter.class);
			assertThat(context).hasBean("correlationIdRestClientCustomizer");
		});
	}

	@Test
	void outsideAServletApplicationOnlyTheCustomizerRemains() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CorrelationAutoConfiguration.class))
			.run(context -> assertThat(context).doesNotHaveBean("correlationIdFilter")
				.hasBean("correlationIdRestClientCustomizer"));
	}

	@Test
	void aServicesOwnBeansOfTheSameNameWin() {
		FilterRegistrationBean<?> filter = new FilterRegistrationBean<>();
		RestClientCustomizer customizer = builder -> {
		};

		runner.withBean("correlationIdFilter", FilterRegistrationBean.class, () -> filter)
			.withBean("correlationIdRestClientCustomizer", RestClientCustomizer.class, () -> customizer)
			.run(context -> {
				assertThat(context.getBean("correlationIdFilter")).isSameAs(filter);
				assertThat(context.getBean("correlationIdRestClientCustomizer")).isSameAs(customizer);
			});
	}

	@Test
	void anotherCustomizerOfTheServiceDoesNotTurnThePlatformsOff() {
		runner.withBean("servicesOwnCustomizer", RestClientCustomizer.class, () -> builder -> {
		})
			.run(context -> assertThat(context.getBeansOfType(RestClientCustomizer.class))
				.containsKeys("servicesOwnCustomizer", "correlationIdRestClientCustomizer"));
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.correlation.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean("correlationIdFilter")
				.doesNotHaveBean("correlationIdRestClientCustomizer"));
	}

}
