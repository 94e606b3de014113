package com.digitalbank.platform.resources;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.platform.aws.AwsClientsAutoConfiguration;
import com.digitalbank.platform.test.WithLocalStack;
import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration;
import io.awspring.cloud.autoconfigure.sqs.SqsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
class ResourceProvisioningIntegrationTests {

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RegionProviderAutoConfiguration.class,
				CredentialsProviderAutoConfiguration.class, AwsAutoConfiguration.class, SqsAutoConfiguration.class,
				DynamoDbAutoConfiguration.class, AwsClientsAutoConfiguration.class, ResourcesAutoConfiguration.class))
		.withBean("ordersQueue", QueueDeclaration.class,
				() -> QueueDeclaration.of("orders-" + suffix).withVisibilityTimeout(Duration.ofSeconds(45)));

	@Test
	void createsDeclaredQueuesWithTheirDeadLetterQueueAndTablesWithIndexes() {
		runner
			.withBean("ordersTable", TableDeclaration.class,
					() -> TableDeclaration.of("orders-" + suffix, KeyAttribute.string("PK"), KeyAttribute.string("SK"))
						.withIndex("ByDate", KeyAttribute.string("tenant"), KeyAttribute.number("createdAt"))
						.withTimeToLive("expiresAt"))
			.withPropertyValues("platform.resources.create-missing=true")
			.run(context -> {
				assertThat(context).hasNotFailed();
				SqsAsyncClient sqs = context.getBean(SqsAsyncClient.class);
				String url = sqs.getQueueUrl(r -> r.queueName("orders-" + suffix)).join().queueUrl();
				var attributes = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
					.join()
					.attributes();
				assertThat(attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT)).isEqualTo("45");
				assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY)).contains("orders-" + suffix + "-dlq")
					.containsPattern("\"maxReceiveCount\":\"?3\"?");
				TableDescription table = context.getBean(DynamoDbClient.class)
					.describeTable(r -> r.tableName("orders-" + suffix))
					.table();
				assertThat(table.keySchema()).hasSize(2);
				assertThat(table.globalSecondaryIndexes()).singleElement()
					.satisfies(index -> assertThat(index.indexName()).isEqualTo("ByDate"));
			});
	}

	@Test
	void aQueueDeclaredDifferentlyBeforeGetsTheDeclaredAttributes() {
		runner.withPropertyValues("platform.resources.create-missing=true").run(context -> {
			SqsAsyncClient sqs = context.getBean(SqsAsyncClient.class);
			String url = sqs.getQueueUrl(r -> r.queueName("orders-" + suffix)).join().queueUrl();
			sqs.setQueueAttributes(r -> r.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "7")))
				.join();
		});

		runner.withPropertyValues("platform.resources.create-missing=true").run(context -> {
			assertThat(context).hasNotFailed();
			SqsAsyncClient sqs = context.getBean(SqsAsyncClient.class);
			String url = sqs.getQueueUrl(r -> r.queueName("orders-" + suffix)).join().queueUrl();
			assertThat(
					sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT))
						.join()
						.attributes()
						.get(QueueAttributeName.VISIBILITY_TIMEOUT))
				.isEqualTo("45");
		});
	}

	@Test
	void outsideLocalAMissingQueueStopsStartUpNamingIt() {
		runner.withPropertyValues("platform.resources.create-missing=false").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOf(QueueDoesNotExistException.class);
			assertThat(context.getStartupFailure()).hasMessageContaining("SQS queue 'orders-" + suffix + "'")
				.hasMessageContaining("does not exist");
		});
	}

}
