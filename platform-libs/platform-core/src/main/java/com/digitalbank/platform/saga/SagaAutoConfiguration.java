package com.digitalbank.platform.saga;

import java.time.Clock;
import java.time.Duration;

import com.digitalbank.platform.asyncapi.MessageDeclaration;
import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.PlatformDynamoDbAutoConfiguration;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.messaging.BatchProcessor;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.MessagingAutoConfiguration;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxAutoConfiguration;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.digitalbank.platform.resources.TableDeclaration;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sagas for a service that names a saga table and queue ({@code platform.saga.table},
 * {@code platform.saga.queue}) and has an outbox: its definitions are the
 * {@link SagaDefinition} beans. The listener and the sweeper can be switched off
 * ({@code platform.saga.listener.enabled}, {@code platform.saga.sweeper.enabled}).
 */
@AutoConfiguration(after = { OutboxAutoConfiguration.class, MessagingAutoConfiguration.class,
		PlatformDynamoDbAutoConfiguration.class, ClockAutoConfiguration.class })
@ConditionalOnBean({ Outbox.class, DynamoDbClient.class, JsonItems.class, SqsTemplate.class })
@ConditionalOnProperty({ "platform.saga.table", "platform.saga.queue" })
@ConditionalOnBooleanProperty(name = "platform.saga.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SagaProperties.class)
public class SagaAutoConfiguration {

	@Bean
	TableDeclaration sagaTable(SagaProperties properties) {
		return SagaStore.declaration(properties.table());
	}

	@Bean
	QueueDeclaration sagaQueue(SagaProperties properties) {
		return QueueDeclaration.of(properties.queue())
			.withVisibilityTimeout(properties.stepLease().plus(Duration.ofSeconds(30)));
	}

	/** For the AsyncAPI document: drivers leave the next call's message on the queue. */
	@Bean
	MessageDeclaration sagaDueSent(SagaProperties properties) {
		return MessageDeclaration.sends(properties.queue(), SagaDue.EVENT_TYPE, SagaDue.class);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "platform.saga.listener.enabled", matchIfMissing = true)
	MessageDeclaration sagaDueReceived(SagaProperties properties) {
		return MessageDeclaration.receives(properties.queue(), SagaDue.EVENT_TYPE, SagaDue.class);
	}

	@Bean
	@ConditionalOnMissingBean
	SagaStore sagaStore(DynamoDbClient dynamoDb, JsonItems items, SagaProperties properties) {
		return new SagaStore(dynamoDb, items, properties.table());
	}

	@Bean
	@ConditionalOnMissingBean
	SagaMessages sagaMessages(Outbox outbox, EventPublisher publisher, SqsTemplate sqsTemplate,
			SagaProperties properties) {
		return new SagaMessages(outbox, publisher, sqsTemplate, properties.queue());
	}

	@Bean
	@ConditionalOnMissingBean
	Sagas sagas(SagaStore store, SagaMessages messages, JsonMapper jsonMapper, ObjectProvider<Clock> clock) {
		return new Sagas(store, messages, jsonMapper, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	SagaDriver sagaDriver(SagaStore store, WriteTransactions transactions, Outbox outbox, SagaMessages messages,
			ObjectProvider<SagaDefinition<?>> definitions, SagaProperties properties, JsonMapper jsonMapper,
			ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
		return new SagaDriver(store, transactions, outbox, messages, definitions.orderedStream().toList(),
				properties.policy(), jsonMapper, clock.getIfAvailable(Clock::systemUTC), meters.getIfAvailable(),
				new SagaHaltPoint(properties.haltAt()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(BatchProcessor.class)
	@ConditionalOnBooleanProperty(name = "platform.saga.listener.enabled", matchIfMissing = true)
	SagaListener sagaListener(BatchProcessor batchProcessor, SagaDriver driver) {
		return new SagaListener(batchProcessor, driver);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "platform.saga.sweeper.enabled", matchIfMissing = true)
	SagaSweeper sagaSweeper(SagaStore store, SagaMessages messages, SagaProperties properties,
			ObjectProvider<Clock> clock) {
		return new SagaSweeper(store, messages, properties, clock.getIfAvailable(Clock::systemUTC));
	}

}
