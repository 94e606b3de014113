package com.digitalbank.platform.asyncapi;

import com.digitalbank.platform.resources.QueueDeclaration;
import com.digitalbank.platform.security.PublicPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AsyncApiAutoConfiguration.class))
		.withPropertyValues("spring.application.name=orders");

	@Test
	void servesTheDocumentOfTheDeclaredQueuesAndOpensIt() {
		runner.withBean("ordersQueue", QueueDeclaration.class, () -> QueueDeclaration.of("orders"))
			.withBean("orderPlaced", MessageDeclaration.class,
					() -> MessageDeclaration.sends("orders", "ORDER_PLACED", OrderPlaced.class))
			.run(context -> {
				assertThat(context.getBean("asyncApiPublicPaths", PublicPaths.class).patterns())
					.containsExactly("/asyncapi", "/asyncapi.html", "/asyncapi-ui/**");
				JsonNode document = new ObjectMapper().readTree(context.getBean(AsyncApiController.class).document());
				assertThat(document.at("/info/title").asText()).isEqualTo("orders");
				assertThat(document.at("/info/description").asText()).isEqualTo(AsyncApiController.DEFAULT_DESCRIPTION);
				assertThat(document.at("/channels/orders/address").asText()).isEqualTo("orders");
				assertThat(document.at("/channels/orders-dlq/address").asText()).isEqualTo("orders-dlq");
				assertThat(document.at("/operations/send-orders/action").asText()).isEqualTo("send");
				assertThat(document.at("/components/schemas/OrderPlaced/properties/orderId/type").asText())
					.isEqualTo("string");
			});
	}

	@Test
	void propertiesNameTheDocument() {
		runner.withPropertyValues("platform.asyncapi.title=Orders events", "platform.asyncapi.version=2")
			.run(context -> {
				JsonNode info = new ObjectMapper().readTree(context.getBean(AsyncApiController.class).document())
					.path("info");
				assertThat(info.path("title").asText()).isEqualTo("Orders events");
				assertThat(info.path("version").asText()).isEqualTo("2");
			});
	}

	@Test
	void linksTheDocumentFromTheOpenApiDescription() {
		runner.run(context -> {
			OpenAPI openApi = new OpenAPI().info(new Info().description("Orders."));
			AsyncApiLink link = context.getBean(AsyncApiLink.class);
			link.customise(openApi);
			link.customise(openApi);

			assertThat(openApi.getInfo().getDescription()).isEqualTo("Orders.\n\n" + AsyncApiLink.TEXT);
			assertThat(AsyncApiLink.TEXT).contains("](/asyncapi)");
		});
	}

	@Test
	void aServicesOwnPublicPathsWin() {
		PublicPaths none = PublicPaths.of();

		runner.withBean("asyncApiPublicPaths", PublicPaths.class, () -> none)
			.run(context -> assertThat(context).getBean(PublicPaths.class).isSameAs(none));
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.asyncapi.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(AsyncApiController.class)
				.doesNotHaveBean(PublicPaths.class)
				.doesNotHaveBean(AsyncApiLink.class));
	}

	@Test
	void staysOutOfApplicationsWithoutAWebServer() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AsyncApiAutoConfiguration.class))
			.run(context -> assertThat(context).doesNotHaveBean(AsyncApiController.class));
	}

	record OrderPlaced(String orderId) {
	}

}
