package com.digitalbank.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class MessagingAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ClockAutoConfiguration.class,
				MessagingAutoConfiguration.class))
		.withBean(SqsTemplate.class, () -> mock(SqsTemplate.class));

	@Test
	void publishesAndProcessesOverTheSqsTemplate() {
		runner.run(
				context -> assertThat(context).hasSingleBean(EventPublisher.class).hasSingleBean(BatchProcessor.class));
	}

	@Test
	void envelopesAreStampedWithTheServicesClock() {
		Instant now = Instant.parse("2026-11-23T10:00:00Z");

		runner.withBean(Clock.class, () -> Clock.fixed(now, ZoneOffset.UTC))
			.run(context -> assertThat(context.getBean(EventPublisher.class)
				.publish("queue", OutgoingEvent.of("TEST_EVENT", Map.of()))
				.timestamp()).isEqualTo(now));
	}

	@Test
	void withoutAnSqsTemplateThereIsNoPublisher() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, MessagingAutoConfiguration.class))
			.run(context -> assertThat(context).doesNotHaveBean(EventPublisher.class)
				.hasSingleBean(BatchProcessor.class));
	}

	@Test
	void failureListenersHearOfEveryFailedMessage() {
		List<String> heard = new CopyOnWriteArrayList<>();

		runner
			.withBean(MessageFailureListener.class,
					() -> (message, receiveCount, failure) -> heard
						.add(failure.getMessage() + " on receive " + receiveCount))
			.run(context -> {
				@SuppressWarnings("unchecked")
				BatchAcknowledgement<String> acknowledgement = mock(BatchAcknowledgement.class);
				context.getBean(BatchProcessor.class)
					.process(List.of(MessageBuilder.withPayload("{}").build()), acknowledgement, message -> {
						throw new IllegalStateException("boom");
					});
				assertThat(heard).containsExactly("boom on receive 1");
			});
	}

	@Test
	void aServicesOwnBeansWin() {
		JsonMapper json = JsonMapper.builder().build();
		EventPublisher publisher = new EventPublisher(mock(SqsTemplate.class), json, "mine", Clock.systemUTC());
		BatchProcessor processor = new BatchProcessor(json, Duration.ofSeconds(1), Duration.ofSeconds(2));

		runner.withBean(EventPublisher.class, () -> publisher)
			.withBean(BatchProcessor.class, () -> processor)
			.run(context -> {
				assertThat(context).getBean(EventPublisher.class).isSameAs(publisher);
				assertThat(context).getBean(BatchProcessor.class).isSameAs(processor);
			});
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.messaging.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(EventPublisher.class)
				.doesNotHaveBean(BatchProcessor.class));
	}

}
