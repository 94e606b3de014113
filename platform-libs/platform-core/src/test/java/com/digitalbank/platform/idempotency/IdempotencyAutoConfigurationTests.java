package com.digitalbank.platform.idempotency;

import java.time.Clock;
import java.time.Duration;

import com.digitalbank.platform.problem.ProblemAutoConfiguration;
import com.digitalbank.platform.resources.TableDeclaration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ProblemAutoConfiguration.class,
				IdempotencyAutoConfiguration.class))
		.withBean(DynamoDbClient.class, () -> DynamoDbClient.builder().region(Region.US_EAST_1).build());

	@Test
	void webServicesWithDynamoDbGetTheTableStoreFilterAndInterceptor() {
		runner.run(context -> {
			assertThat(context).hasSingleBean(IdempotencyStore.class)
				.hasBean("idempotencyFilter")
				.hasBean("idempotencyInterceptor");
			assertThat(context.getBean("idempotencyTable", TableDeclaration.class).name()).isEqualTo("idempotency");
		});
	}

	@Test
	void theTableNameComesFromItsProperty() {
		runner.withPropertyValues("platform.idempotency.table=idempotency-prod")
			.run(context -> assertThat(context.getBean("idempotencyTable", TableDeclaration.class).name())
				.isEqualTo("idempotency-prod"));
	}

	@Test
	void aServicesOwnBeansWin() {
		IdempotencyStore own = new IdempotencyStore(DynamoDbClient.builder().region(Region.US_EAST_1).build(),
				new IdempotencyProperties("own", Duration.ofHours(1), Duration.ofSeconds(5)), Clock.systemUTC());
		FilterRegistrationBean<?> ownFilter = new FilterRegistrationBean<>();

		runner.withBean(IdempotencyStore.class, () -> own)
			.withBean("idempotencyFilter", FilterRegistrationBean.class, () -> ownFilter)
			.run(context -> {
				assertThat(context).getBean(IdempotencyStore.class).isSameAs(own);
				assertThat(context.getBean("idempotencyFilter")).isSameAs(ownFilter);
			});
	}

	@Test
	void nothingWithoutDynamoDb() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ProblemAutoConfiguration.class,
					IdempotencyAutoConfiguration.class))
			.run(context -> assertThat(context).doesNotHaveBean(IdempotencyStore.class));
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.idempotency.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(IdempotencyStore.class)
				.doesNotHaveBean("idempotencyFilter"));
	}

}
