package com.digitalbank.platform.saga;

import java.time.Duration;

import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import com.digitalbank.platform.dynamodb.PlatformDynamoDbAutoConfiguration;
import com.digitalbank.platform.messaging.MessagingAutoConfiguration;
import com.digitalbank.platform.outbox.OutboxAutoConfiguration;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.digitalbank.platform.resources.TableDeclaration;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class SagaAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ClockAutoConfiguration.class,
				MessagingAutoConfiguration.class, PlatformDynamoDbAutoConfiguration.class,
				OutboxAutoConfiguration.class, SagaAutoConfiguration.class))
		.withBean(SqsTemplate.class, () -> mock(SqsTemplate.class))
		.withBean(DynamoDbClient.class, () -> mock(DynamoDbClient.class))
		.withPropertyValues("platform.outbox.table=shop-outbox", "platform.outbox.relay.enabled=false");

	@Test
	void aServiceThatNamesItsSagaTableAndQueueGetsSagasTheirDriverListenerAndSweeper() {
		runner.withPropertyValues("platform.saga.table=shop-sagas", "platform.saga.queue=shop-sagas")
			.run(context -> assertThat(context).hasSingleBean(Sagas.class)
				.hasSingleBean(SagaDriver.class)
				.hasSingleBean(SagaListener.class)
				.hasSingleBean(SagaSweeper.class));
	}

	@Test
	void declaresTheTableWithItsIndexOfSagasInFlightAndTheQueueWithRoomForAStep() {
		runner
			.withPropertyValues("platform.saga.table=shop-sagas", "platform.saga.queue=shop-sagas",
					"platform.saga.step-lease=20s")
			.run(context -> {
				assertThat(context.getBeansOfType(TableDeclaration.class).values())
					.anySatisfy(table -> assertThat(table.globalIndexes()).singleElement()
						.satisfies(index -> assertThat(index.name()).isEqualTo(SagaStore.INDEX)));
				assertThat(context.getBean(QueueDeclaration.class).visibilityTimeout())
					.isEqualTo(Duration.ofSeconds(50));
			});
	}

	@Test
	void withoutATableAndQueueThereAreNoSagas() {
		runner.withPropertyValues("platform.saga.table=shop-sagas")
			.run(context -> assertThat(context).doesNotHaveBean(Sagas.class).doesNotHaveBean(SagaDriver.class));
	}

	@Test
	void theSweeperAndListenerCanBeSwitchedOff() {
		runner
			.withPropertyValues("platform.saga.table=shop-sagas", "platform.saga.queue=shop-sagas",
					"platform.saga.sweeper.enabled=false", "platform.saga.listener.enabled=false")
			.run(context -> assertThat(context).hasSingleBean(SagaDriver.class)
				.doesNotHaveBean(SagaSweeper.class)
				.doesNotHaveBean(SagaListener.class));
	}

}
