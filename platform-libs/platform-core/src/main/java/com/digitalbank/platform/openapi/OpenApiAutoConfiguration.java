package com.digitalbank.platform.openapi;

import java.math.BigDecimal;

import com.digitalbank.platform.security.CurrentUser;
import com.digitalbank.platform.security.PublicPaths;
import com.digitalbank.platform.security.SecurityProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.api.AbstractOpenApiResource;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;

/**
 * The service's OpenAPI document, with a bearer JWT scheme applied to every operation so
 * that Swagger UI's "Authorize" button takes a token from {@code ./dev token}. Every
 * springdoc adjustment the platform makes is here, so the other mechanisms know nothing
 * of the documentation.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnBooleanProperty(name = "platform.openapi.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

	static final String BEARER = "bearer-jwt";

	static {
		// The caller comes from the token, not from the request: keep it out of the
		// operations' parameters.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
		// The error page answers every failure as problem JSON; it is not an operation.
		AbstractOpenApiResource.addHiddenRestControllers(ErrorController.class);
		// Amounts are exact decimals: a registered format, so generators use BigDecimal
		// (Java) or Decimal (python) instead of a binary float.
		SpringDocUtils.getConfig()
			.replaceWithSchema(BigDecimal.class, new NumberSchema().format("decimal")
				.description("Exact decimal; amounts of money have 2 fraction digits"));
	}

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
						.description("Locally: ./dev token --user user-123 --tenant acme. Each operation names the "
								+ "scope its token needs in x-required-scope.")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** Problem JSON on every operation; a service's own bean of this type replaces it. */
	@Bean
	@ConditionalOnMissingBean
	ProblemResponses problemResponses() {
		return new ProblemResponses();
	}

	/**
	 * The scope each operation needs, where the platform's security declares scopes; a
	 * service's own bean of this type replaces it.
	 */
	@Bean
	@ConditionalOnMissingBean
	RequiredScopes requiredScopes(ObjectProvider<SecurityProperties> security) {
		return new RequiredScopes(security);
	}

	/** Media types and headers; a service's own bean of this type replaces it. */
	@Bean
	@ConditionalOnMissingBean
	HeaderConventions headerConventions() {
		return new HeaderConventions();
	}

	/** The document and the page are read before anyone has a token. */
	@Bean
	@ConditionalOnMissingBean(name = "openApiPublicPaths")
	PublicPaths openApiPublicPaths() {
		return PublicPaths.of("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
				"/swagger-ui/**");
	}

}
