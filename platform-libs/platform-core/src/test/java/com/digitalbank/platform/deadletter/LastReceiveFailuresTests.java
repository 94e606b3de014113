package com.digitalbank.platform.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.platform.resources.QueueDeclaration;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class LastReceiveFailuresTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final List<String> recorded = new ArrayList<>();

	private final FailureRecords records = new FailureRecords(null,
			new DeadLetterProperties("failures", Duration.ofDays(14), Duration.ZERO), Clock.systemUTC()) {

		@Override
		void record(String messageId, String queue, MessageFailure failure) {
			recorded.add(queue + " " + messageId + " " + failure.message() + " " + failure.receiveCount());
		}

	};

	private final LastReceiveFailures failures = new LastReceiveFailures(records,
			List.of(QueueDeclaration.of("orders"), new QueueDeclaration("payments", Duration.ofSeconds(30), 5)),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void recordsAFailureOnTheLastReceiveOnly() {
		UUID id = UUID.randomUUID();

		failures.onFailure(message(id, "orders"), 2, new IllegalStateException("down"));
		failures.onFailure(message(id, "orders"), 3, new IllegalStateException("still down"));

		assertThat(recorded).containsExactly("orders " + id + " still down 3");
	}

	@Test
	void theLastReceiveIsTheQueuesOwn() {
		UUID id = UUID.randomUUID();

		failures.onFailure(message(id, "payments"), 3, new IllegalStateException("down"));
		failures.onFailure(message(id, "payments"), 5, new IllegalStateException("down"));

		assertThat(recorded).containsExactly("payments " + id + " down 5");
	}

	@Test
	void aStoreThatFailsDoesNotFailTheBatch() {
		LastReceiveFailures broken = new LastReceiveFailures(new FailureRecords(null,
				new DeadLetterProperties("failures", Duration.ofDays(14), Duration.ZERO), Clock.systemUTC()),
				List.of(QueueDeclaration.of("orders")), Clock.fixed(NOW, ZoneOffset.UTC));

		assertThatNoException()
			.isThrownBy(() -> broken.onFailure(message(UUID.randomUUID(), "orders"), 3, new IllegalStateException()));
	}

	private static Message<String> message(UUID id, String queue) {
		return new GenericMessage<>("body",
				new MessageHeaders(Map.of(SqsHeaders.SQS_QUEUE_NAME_HEADER, queue), id, null) {
				});
	}

}
