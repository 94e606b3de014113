package com.digitalbank.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The service's OpenAPI document, with a bearer JWT scheme applied to every operation so
 * that Swagger UI's "Authorize" button takes a token from {@code ./dev token}.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

	static final String BEARER = "bearer-jwt";

	@Bean
	@ConditionalOnMissingBean
	OpenAPI platformOpenApi(OpenApiProperties properties,
			@Value("${spring.application.name:service}") String applicationName) {
		String title = properties.title().isBlank() ? applicationName : properties.title();
		return new OpenAPI()
			.info(new Info().title(title).description(properties.description()).version(properties.version()))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("Locally: ./dev token --user user-123 --tenant acme")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
