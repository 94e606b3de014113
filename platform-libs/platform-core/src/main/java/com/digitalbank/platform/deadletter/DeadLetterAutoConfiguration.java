package com.digitalbank.platform.deadletter;

import java.time.Clock;

import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import com.digitalbank.platform.messaging.MessageFailureListener;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.digitalbank.platform.resources.TableDeclaration;
import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration;
import io.awspring.cloud.autoconfigure.sqs.SqsAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The {@code queues} actuator endpoint over the service's declared queues, the watch that
 * measures and logs their dead-letter queues, and, where the service declares queues and
 * has DynamoDB, the table and listener that remember why each message was dead-lettered.
 * Each bean steps aside for a service's own bean of its name.
 */
@AutoConfiguration(
		after = { SqsAutoConfiguration.class, DynamoDbAutoConfiguration.class, ClockAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "platform.deadletter.enabled", matchIfMissing = true)
@ConditionalOnBean(SqsAsyncClient.class)
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterAutoConfiguration {

	@Bean
	DeclaredQueues deadLetterDeclaredQueues(ObjectProvider<QueueDeclaration> queues) {
		return new DeclaredQueues(queues.orderedStream().toList());
	}

	@Bean
	QueueClient deadLetterQueueClient(SqsAsyncClient sqs) {
		return new QueueClient(sqs);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint(QueuesEndpoint.class)
	QueuesEndpoint queuesEndpoint(DeclaredQueues queues, QueueClient client, ObjectProvider<FailureRecords> failures) {
		return new QueuesEndpoint(queues, client, new DeadLetterReader(client, failures.getIfAvailable()),
				new DeadLetterRedrive(client));
	}

	@Bean
	@ConditionalOnMissingBean(name = "deadLetterWatch")
	DeadLetterWatch deadLetterWatch(DeclaredQueues queues, QueueClient client) {
		return new DeadLetterWatch(client, queues);
	}

	@Bean
	@ConditionalOnMissingBean(name = "deadLetterWatchSchedule")
	DeadLetterWatchSchedule deadLetterWatchSchedule(DeadLetterWatch deadLetterWatch, DeadLetterProperties properties) {
		return new DeadLetterWatchSchedule(deadLetterWatch, properties.watchInterval());
	}

	/**
	 * Only a service that declares queues gets the failures table: the others would
	 * create (locally) or require (in AWS) a table they never write.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean({ DynamoDbClient.class, QueueDeclaration.class })
	static class FailuresConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "deadLetterFailuresTable")
		TableDeclaration deadLetterFailuresTable(DeadLetterProperties properties) {
			return TableDeclaration.of(properties.failuresTable(), KeyAttribute.string(FailureRecords.MESSAGE_ID))
				.withTimeToLive(FailureRecords.EXPIRES_AT);
		}

		@Bean
		@ConditionalOnMissingBean
		FailureRecords deadLetterFailureRecords(DynamoDbClient dynamoDb, DeadLetterProperties properties,
				ObjectProvider<Clock> clock) {
			return new FailureRecords(dynamoDb, properties, clock.getIfAvailable(Clock::systemUTC));
		}

		@Bean
		@ConditionalOnMissingBean(name = "lastReceiveFailures")
		MessageFailureListener lastReceiveFailures(FailureRecords records, DeclaredQueues queues,
				ObjectProvider<Clock> clock) {
			return new LastReceiveFailures(records, queues.all(), clock.getIfAvailable(Clock::systemUTC));
		}

	}

}
