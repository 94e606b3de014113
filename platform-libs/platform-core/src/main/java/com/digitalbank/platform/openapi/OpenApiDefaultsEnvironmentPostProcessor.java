package com.digitalbank.platform.openapi;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Swagger UI keeps the token between reloads and lets every operation be tried at once,
 * so a reader can call the API from the page. Lowest precedence: a service can override
 * either.
 */
public class OpenApiDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "platformOpenApiDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource(SOURCE_NAME, Map.of("springdoc.swagger-ui.persist-authorization", "true",
					"springdoc.swagger-ui.try-it-out-enabled", "true")));
	}

}
