package com.digitalbank.platform.outbox;

import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import com.digitalbank.platform.messaging.MessagingAutoConfiguration;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class OutboxAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ClockAutoConfiguration.class,
				MessagingAutoConfiguration.class, OutboxAutoConfiguration.class))
		.withBean(SqsTemplate.class, () -> mock(SqsTemplate.class))
		.withBean(DynamoDbClient.class, () -> mock(DynamoDbClient.class))
		.withPropertyValues("platform.outbox.table=banking-outbox");

	@Test
	void aServiceThatNamesItsOutboxTableGetsTheOutboxAndItsRelay() {
		runner.run(context -> assertThat(context).hasSingleBean(Outbox.class).hasSingleBean(OutboxRelay.class));
	}

	@Test
	void theOutboxTableIsDeclaredWithItsIndexByAge() {
		runner.run(context -> {
			TableDeclaration table = context.getBean(TableDeclaration.class);
			assertThat(table.name()).isEqualTo("banking-outbox");
			assertThat(table.partitionKey()).isEqualTo(KeyAttribute.string("recordId"));
			assertThat(table.globalIndexes()).singleElement()
				.satisfies(index -> assertThat(index.name()).isEqualTo(OutboxIndex.NAME));
		});
	}

	@Test
	void withoutATableThereIsNoOutbox() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ClockAutoConfiguration.class,
					MessagingAutoConfiguration.class, OutboxAutoConfiguration.class))
			.withBean(SqsTemplate.class, () -> mock(SqsTemplate.class))
			.withBean(DynamoDbClient.class, () -> mock(DynamoDbClient.class))
			.run(context -> assertThat(context).doesNotHaveBean(Outbox.class).doesNotHaveBean(TableDeclaration.class));
	}

	@Test
	void theRelayCanBeLeftToOtherInstances() {
		runner.withPropertyValues("platform.outbox.relay.enabled=false")
			.run(context -> assertThat(context).hasSingleBean(Outbox.class).doesNotHaveBean(OutboxRelay.class));
	}

	@Test
	void switchedOffThereIsNoOutbox() {
		runner.withPropertyValues("platform.outbox.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(Outbox.class).doesNotHaveBean(OutboxRelay.class));
	}

	@Test
	void withoutDynamoDbThereIsNoOutbox() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ClockAutoConfiguration.class,
					MessagingAutoConfiguration.class, OutboxAutoConfiguration.class))
			.withBean(SqsTemplate.class, () -> mock(SqsTemplate.class))
			.withPropertyValues("platform.outbox.table=banking-outbox")
			.run(context -> assertThat(context).doesNotHaveBean(Outbox.class));
	}

}
