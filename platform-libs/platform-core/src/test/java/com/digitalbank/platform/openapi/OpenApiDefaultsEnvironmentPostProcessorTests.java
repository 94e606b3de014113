package com.digitalbank.platform.openapi;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDefaultsEnvironmentPostProcessorTests {

	@Test
	void swaggerUiKeepsTheTokenAndLetsOperationsBeTried() {
		MockEnvironment environment = new MockEnvironment().withProperty("springdoc.swagger-ui.try-it-out-enabled",
				"false");

		new OpenApiDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("springdoc.swagger-ui.persist-authorization")).isEqualTo("true");
		assertThat(environment.getProperty("springdoc.swagger-ui.try-it-out-enabled")).as("the service's own wins")
			.isEqualTo("false");
	}

}
