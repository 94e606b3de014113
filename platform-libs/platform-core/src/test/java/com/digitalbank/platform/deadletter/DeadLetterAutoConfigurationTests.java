package com.digitalbank.platform.deadletter;

import com.digitalbank.platform.messaging.MessageFailureListener;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.digitalbank.platform.resources.TableDeclaration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DeadLetterAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=queues", "platform.deadletter.watch-interval=0")
		.withBean(SqsAsyncClient.class, () -> SqsAsyncClient.builder().region(Region.US_EAST_1).build());

	private final WebApplicationContextRunner withQueuesAndDynamoDb = runner
		.withBean("ordersQueue", QueueDeclaration.class, () -> QueueDeclaration.of("orders"))
		.withBean(DynamoDbClient.class, () -> DynamoDbClient.builder().region(Region.US_EAST_1).build());

	@Test
	void aServiceWithQueuesGetsTheEndpointTheWatchAndTheFailureRecords() {
		withQueuesAndDynamoDb.run(context -> {
			assertThat(context).hasSingleBean(QueuesEndpoint.class)
				.hasSingleBean(DeadLetterWatch.class)
				.hasSingleBean(DeadLetterWatchSchedule.class)
				.hasSingleBean(FailureRecords.class)
				.hasSingleBean(MessageFailureListener.class);
			TableDeclaration table = context.getBean("deadLetterFailuresTable", TableDeclaration.class);
			assertThat(table.name()).isEqualTo("dead-letter-failures");
			assertThat(table.timeToLiveAttribute()).isEqualTo(FailureRecords.EXPIRES_AT);
			assertThat(context.getBean(DeclaredQueues.class).all()).extracting(QueueDeclaration::name)
				.containsExactly("orders");
		});
	}

	@Test
	void theFailuresTableNameComesFromItsProperty() {
		withQueuesAndDynamoDb.withPropertyValues("platform.deadletter.failures-table=dead-letter-failures-prod")
			.run(context -> assertThat(context.getBean("deadLetterFailuresTable", TableDeclaration.class).name())
				.isEqualTo("dead-letter-failures-prod"));
	}

	@Test
	void aServiceWithoutQueuesGetsTheEndpointButNoFailuresTable() {
		runner.withBean(DynamoDbClient.class, () -> DynamoDbClient.builder().region(Region.US_EAST_1).build())
			.run(context -> {
				assertThat(context).hasSingleBean(QueuesEndpoint.class)
					.doesNotHaveBean(FailureRecords.class)
					.doesNotHaveBean("deadLetterFailuresTable")
					.doesNotHaveBean(MessageFailureListener.class);
				assertThat(context.getBean(QueuesEndpoint.class).queues().queues()).isEmpty();
			});
	}

	@Test
	void anEndpointThatIsNotExposedIsNotBuilt() {
		withQueuesAndDynamoDb.withPropertyValues("management.endpoints.web.exposure.include=health")
			.run(context -> assertThat(context).doesNotHaveBean(QueuesEndpoint.class)
				.hasSingleBean(DeadLetterWatch.class));
	}

	@Test
	void withoutAnSqsClientThereIsNothing() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(DeadLetterAutoConfiguration.class))
			.run(context -> assertThat(context).doesNotHaveBean(QueuesEndpoint.class)
				.doesNotHaveBean(DeadLetterWatch.class));
	}

	@Test
	void aServicesOwnBeansWin() {
		MessageFailureListener own = MessageFailureListener.NONE;

		withQueuesAndDynamoDb.withBean("lastReceiveFailures", MessageFailureListener.class, () -> own)
			.run(context -> assertThat(context).getBean(MessageFailureListener.class).isSameAs(own));
	}

	@Test
	void propertySwitchesItOff() {
		withQueuesAndDynamoDb.withPropertyValues("platform.deadletter.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(QueuesEndpoint.class)
				.doesNotHaveBean(DeadLetterWatch.class)
				.doesNotHaveBean(FailureRecords.class)
				.doesNotHaveBean("deadLetterFailuresTable"));
	}

}
