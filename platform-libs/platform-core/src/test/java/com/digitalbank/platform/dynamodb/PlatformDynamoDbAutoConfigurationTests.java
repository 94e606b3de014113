package com.digitalbank.platform.dynamodb;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDynamoDbAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PlatformDynamoDbAutoConfiguration.class))
		.withBean(DynamoDbClient.class, () -> DynamoDbClient.builder().region(Region.US_EAST_1).build())
		.withBean(JsonMapper.class, JsonMapper::new);

	@Test
	void servicesWithDynamoDbGetTransactionsAndItemMapping() {
		runner
			.run(context -> assertThat(context).hasSingleBean(WriteTransactions.class).hasSingleBean(JsonItems.class));
	}

	@Test
	void aServicesOwnBeansWin() {
		JsonItems own = new JsonItems(new JsonMapper());

		runner.withBean(JsonItems.class, () -> own)
			.run(context -> assertThat(context).getBean(JsonItems.class).isSameAs(own));
	}

	@Test
	void nothingWithoutDynamoDb() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PlatformDynamoDbAutoConfiguration.class))
			.run(context -> assertThat(context).doesNotHaveBean(WriteTransactions.class));
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.dynamodb.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(WriteTransactions.class)
				.doesNotHaveBean(JsonItems.class));
	}

}
