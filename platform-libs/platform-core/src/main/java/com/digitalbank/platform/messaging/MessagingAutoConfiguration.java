package com.digitalbank.platform.messaging;

import java.time.Clock;
import java.util.List;

import io.awspring.cloud.autoconfigure.sqs.SqsAutoConfiguration;
import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
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
 * every failed message. Events carry the trace of the work that prepared them and
 * listeners continue it ({@link MessageTracing}).
 */
@AutoConfiguration(after = { SqsAutoConfiguration.class, JacksonAutoConfiguration.class, ClockAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "platform.messaging.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(SqsTemplate.class)
	EventPublisher eventPublisher(SqsTemplate sqsTemplate, JsonMapper jsonMapper,
			@Value("${spring.application.name:application}") String source, ObjectProvider<Clock> clock,
			MessageTracing tracing) {
		return new EventPublisher(sqsTemplate, jsonMapper, source, clock.getIfAvailable(Clock::systemUTC), tracing);
	}

	@Bean
	@ConditionalOnMissingBean
	BatchProcessor batchProcessor(JsonMapper jsonMapper, MessagingProperties properties,
			ObjectProvider<MessageFailureListener> failureListeners, MessageTracing tracing) {
		List<MessageFailureListener> listeners = failureListeners.orderedStream().toList();
		return new BatchProcessor(
				jsonMapper, properties.retryBaseBackoff(), properties.retryMaxBackoff(), (message, receiveCount,
						failure) -> listeners.forEach(listener -> listener.onFailure(message, receiveCount, failure)),
				tracing);
	}

	/**
	 * Over Micrometer Tracing's tracer and propagator when tracing is on (the W3C
	 * propagation Boot configures), a no-op otherwise.
	 */
	@Bean
	@ConditionalOnMissingBean
	MessageTracing messageTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		Tracer currentTracer = tracer.getIfAvailable();
		Propagator currentPropagator = propagator.getIfAvailable();
		return currentTracer != null && currentPropagator != null ? new MessageTracing(currentTracer, currentPropagator)
				: MessageTracing.NONE;
	}

}
