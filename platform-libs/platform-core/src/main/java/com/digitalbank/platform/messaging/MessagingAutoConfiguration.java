package com.digitalbank.platform.messaging;

import java.time.Clock;
import java.util.List;

import io.awspring.cloud.autoconfigure.sqs.SqsAutoConfiguration;
import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event publisher and batch processor over the SQS template Spring Cloud AWS builds.
 * Envelopes are stamped with the service's {@link Clock}, so a test that fixes the clock
 * sees the same time in its events. Every {@link MessageFailureListener} bean hears of
 * every failed message.
 */
@AutoConfiguration(after = { SqsAutoConfiguration.class, JacksonAutoConfiguration.class, ClockAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "platform.messaging.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(SqsTemplate.class)
	EventPublisher eventPublisher(SqsTemplate sqsTemplate, JsonMapper jsonMapper,
			@Value("${spring.application.name:application}") String source, ObjectProvider<Clock> clock) {
		return new EventPublisher(sqsTemplate, jsonMapper, source, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	BatchProcessor batchProcessor(JsonMapper jsonMapper, MessagingProperties properties,
			ObjectProvider<MessageFailureListener> failureListeners) {
		List<MessageFailureListener> listeners = failureListeners.orderedStream().toList();
		return new BatchProcessor(jsonMapper, properties.retryBaseBackoff(), properties.retryMaxBackoff(),
				(message, receiveCount, failure) -> listeners
					.forEach(listener -> listener.onFailure(message, receiveCount, failure)));
	}

}
