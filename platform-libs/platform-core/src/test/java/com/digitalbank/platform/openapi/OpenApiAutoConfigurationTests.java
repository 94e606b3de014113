package com.digitalbank.platform.openapi;

import com.digitalbank.platform.security.PublicPaths;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenApiAutoConfiguration.class))
		.withPropertyValues("spring.application.name=orders");

	@Test
	void documentsTheServiceWithABearerSchemeAndOpensItsPages() {
		runner.run(context -> {
			OpenAPI openApi = context.getBean(OpenAPI.class);
			assertThat(openApi.getInfo().getTitle()).isEqualTo("orders");
			assertThat(openApi.getComponents().getSecuritySchemes()).containsKey(OpenApiAutoConfiguration.BEARER);
			assertThat(context.getBean(PublicPaths.class).patterns()).contains("/v3/api-docs", "/swagger-ui/**");
			assertThat(context).hasSingleBean(ProblemResponses.class).hasSingleBean(HeaderConventions.class);
		});
	}

	@Test
	void aServicesOwnBeansWin() {
		OpenAPI mine = new OpenAPI().info(new Info().title("mine"));
		PublicPaths none = PublicPaths.of();

		runner.withBean(OpenAPI.class, () -> mine)
			.withBean("openApiPublicPaths", PublicPaths.class, () -> none)
			.run(context -> {
				assertThat(context).getBean(OpenAPI.class).isSameAs(mine);
				assertThat(context).getBean(PublicPaths.class).isSameAs(none);
			});
	}

	@Test
	void aServicesOwnCustomisersReplaceThePlatforms() {
		ProblemResponses problems = new ProblemResponses();
		HeaderConventions headers = new HeaderConventions();

		runner.withBean(ProblemResponses.class, () -> problems)
			.withBean(HeaderConventions.class, () -> headers)
			.run(context -> {
				assertThat(context).getBean(ProblemResponses.class).isSameAs(problems);
				assertThat(context).getBean(HeaderConventions.class).isSameAs(headers);
			});
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.openapi.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(OpenAPI.class)
				.doesNotHaveBean(PublicPaths.class)
				.doesNotHaveBean(ProblemResponses.class));
	}

}
