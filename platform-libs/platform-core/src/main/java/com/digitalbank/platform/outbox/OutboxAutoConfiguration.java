package com.digitalbank.platform.outbox;

import java.time.Clock;

import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.MessagingAutoConfiguration;
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
 * The outbox of a service that names its table ({@code platform.outbox.table}) and has
 * DynamoDB and an event publisher, with its relay (off with
 * {@code platform.outbox.relay.enabled=false}).
 */
@AutoConfiguration(
		after = { DynamoDbAutoConfiguration.class, MessagingAutoConfiguration.class, ClockAutoConfiguration.class })
@ConditionalOnBean({ DynamoDbClient.class, EventPublisher.class })
@ConditionalOnProperty("platform.outbox.table")
@ConditionalOnBooleanProperty(name = "platform.outbox.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	@Bean
	TableDeclaration outboxTable(OutboxProperties properties) {
		return OutboxIndex.table(properties.table());
	}

	@Bean
	@ConditionalOnMissingBean
	OutboxTable outboxRecords(DynamoDbClient dynamoDb, OutboxProperties properties) {
		return new OutboxTable(dynamoDb, properties.table(), properties.shards());
	}

	@Bean
	@ConditionalOnMissingBean
	Outbox outbox(EventPublisher publisher, OutboxTable table, ObjectProvider<Clock> clock) {
		return new Outbox(publisher, table, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "platform.outbox.relay.enabled", matchIfMissing = true)
	OutboxRelay outboxRelay(Outbox outbox, OutboxTable table, OutboxProperties properties, ObjectProvider<Clock> clock,
			ObjectProvider<MeterRegistry> meters) {
		return new OutboxRelay(outbox, table, properties, clock.getIfAvailable(Clock::systemUTC),
				meters.getIfAvailable());
	}

}
