package com.digitalbank.platform.aws;

import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbClientCustomizer;
import io.awspring.cloud.autoconfigure.sqs.SqsAsyncClientCustomizer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class AwsClientsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AwsClientsAutoConfiguration.class));

	@Test
	void everyClientRetriesAsConfigured() {
		runner.withPropertyValues("platform.aws.max-attempts=7").run(context -> {
			assertThat(context).hasBean("platformDynamoDbRetries")
				.hasBean("platformSqsRetries")
				.hasBean("platformS3Retries");
			DynamoDbClientBuilder builder = DynamoDbClient.builder();
			context.getBean("platformDynamoDbRetries", DynamoDbClientCustomizer.class).customize(builder);
			assertThat(builder.overrideConfiguration().retryStrategy())
				.hasValueSatisfying(strategy -> assertThat(strategy.maxAttempts()).isEqualTo(7));
		});
	}

	@Test
	void aServicesOwnCustomizerOfTheSameNameWins() {
		DynamoDbClientCustomizer mine = builder -> {
		};

		runner.withBean("platformDynamoDbRetries", DynamoDbClientCustomizer.class, () -> mine)
			.run(context -> assertThat(context.getBean("platformDynamoDbRetries")).isSameAs(mine));
	}

	@Test
	void anotherCustomizerOfTheServiceKeepsTheRetries() {
		runner.withBean("servicesOwn", SqsAsyncClientCustomizer.class, () -> builder -> {
		})
			.run(context -> assertThat(context.getBeansOfType(SqsAsyncClientCustomizer.class))
				.containsKeys("servicesOwn", "platformSqsRetries"));
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.aws.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean("platformDynamoDbRetries")
				.doesNotHaveBean("platformSqsRetries")
				.doesNotHaveBean("platformS3Retries"));
	}

}
