package com.digitalbank.platform.outbox;

import java.time.Clock;

import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.MessagingAutoConfiguration;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration;
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

/**
 * The outbox for services with DynamoDB and an event publisher, its relay (off with
 * {@code platform.outbox.relay.enabled=false}) and, when {@code platform.outbox.table} is
 * set, the outbox table.
 */
@AutoConfiguration(
		after = { DynamoDbAutoConfiguration.class, MessagingAutoConfiguration.class, ClockAutoConfiguration.class })
@ConditionalOnBean({ DynamoDbClient.class, EventPublisher.class })
@ConditionalOnBooleanProperty(name = "platform.outbox.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	/** The key of the outbox table's items. */
	static final String OUTBOX_TABLE_KEY = "eventId";

	@Bean
	@ConditionalOnProperty("platform.outbox.table")
	TableDeclaration outboxTable(OutboxProperties properties) {
		return OutboxIndex.on(TableDeclaration.of(properties.table(), KeyAttribute.string(OUTBOX_TABLE_KEY)));
	}

	@Bean
	@ConditionalOnMissingBean
	OutboxItems outboxItems(DynamoDbClient dynamoDb, OutboxProperties properties) {
		return new OutboxItems(dynamoDb, properties.shards(), properties.hasTable() ? properties.table() : null);
	}

	@Bean
	@ConditionalOnMissingBean
	Outbox outbox(EventPublisher publisher, OutboxItems items, ObjectProvider<TableDeclaration> tables,
			OutboxProperties properties, ObjectProvider<Clock> clock) {
		return new Outbox(publisher, items, tables.orderedStream().toList(), properties,
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "platform.outbox.relay.enabled", matchIfMissing = true)
	OutboxRelay outboxRelay(Outbox outbox, OutboxItems items, ObjectProvider<TableDeclaration> tables,
			OutboxProperties properties, ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
		return new OutboxRelay(outbox, items, tables.orderedStream().toList(), properties,
				clock.getIfAvailable(Clock::systemUTC), meters.getIfAvailable());
	}

}
