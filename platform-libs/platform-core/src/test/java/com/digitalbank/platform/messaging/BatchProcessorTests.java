package com.digitalbank.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.digitalbank.platform.correlation.CorrelationId;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.listener.Visibility;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchProcessorTests {

	private static final int BATCH = 10;

	private final BatchProcessor processor = new BatchProcessor(JsonMapper.builder().build(), Duration.ofSeconds(2),
			Duration.ofSeconds(60));

	private final RecordingAcknowledgement acknowledgement = new RecordingAcknowledgement();

	/**
	 * All ten handlers must be running at once to pass the barrier: handled one after
	 * another, the first would wait in vain and every message would fail.
	 */
	@Test
	void acknowledgesExactlyTheMessagesThatSucceededWhileTheirNeighboursFailedAtTheSameTime() {
		List<TestMessage> batch = batch(BATCH);
		CyclicBarrier allRunning = new CyclicBarrier(BATCH);

		BatchResult result = processor.process(messages(batch), acknowledgement, message -> {
			allRunning.await(10, TimeUnit.SECONDS);
			if (message.body().endsWith("odd")) {
				throw new IllegalStateException("refused " + message.body());
			}
		});

		List<TestMessage> even = batch.stream().filter(message -> !message.odd()).toList();
		List<TestMessage> odd = batch.stream().filter(TestMessage::odd).toList();
		assertThat(result.succeeded()).containsExactlyElementsOf(ids(even));
		assertThat(result.failed()).containsExactlyElementsOf(ids(odd));
		assertThat(acknowledgement.calls).singleElement()
			.satisfies(acknowledged -> assertThat(acknowledged).containsExactlyElementsOf(messages(even)));
		assertThat(odd).allSatisfy(message -> assertThat(message.visibility.changes).hasSize(1));
		assertThat(even).allSatisfy(message -> assertThat(message.visibility.changes).isEmpty());
	}

	@Test
	void eachMessageIsHandledUnderItsOwnCorrelationIdAndTheCallersIsKept() {
		List<TestMessage> batch = batch(BATCH);
		Map<String, String> seen = new ConcurrentHashMap<>();
		CyclicBarrier allRunning = new CyclicBarrier(BATCH);

		try (CorrelationId.Scope caller = CorrelationId.open("listener-thread")) {
			processor.process(messages(batch), acknowledgement, message -> {
				allRunning.await(10, TimeUnit.SECONDS);
				seen.put(message.body(), CorrelationId.current());
			});
			assertThat(CorrelationId.current()).isEqualTo("listener-thread");
		}

		assertThat(seen).hasSize(BATCH)
			.allSatisfy((body, correlationId) -> assertThat(correlationId).isEqualTo("correlation-" + body));
	}

	@Test
	void handlesAFifoGroupsMessagesInOrderWhileOtherGroupsRunAlongside() {
		List<Message<String>> batch = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			batch.add(inGroup("a" + i, "group-a"));
			batch.add(inGroup("b" + i, "group-b"));
		}
		List<String> handled = new CopyOnWriteArrayList<>();
		CyclicBarrier groupsTogether = new CyclicBarrier(2);

		BatchResult result = processor.process(batch, acknowledgement, message -> {
			if (message.body().endsWith("0")) {
				groupsTogether.await(10, TimeUnit.SECONDS);
			}
			handled.add(message.body());
		});

		assertThat(result.failed()).isEmpty();
		assertThat(handled.stream().filter(body -> body.startsWith("a"))).containsExactly("a0", "a1", "a2");
		assertThat(handled.stream().filter(body -> body.startsWith("b"))).containsExactly("b0", "b1", "b2");
		assertThat(acknowledgement.calls).singleElement()
			.satisfies(acknowledged -> assertThat(acknowledged).hasSize(6));
	}

	@Test
	void anErrorFailsTheWholeBatchAndAcknowledgesNothing() {
		List<TestMessage> batch = batch(3);

		assertThatThrownBy(() -> processor.process(messages(batch), acknowledgement, message -> {
			if (message.body().equals("1-odd")) {
				throw new AssertionError("broken handler");
			}
		})).isInstanceOf(AssertionError.class);
		assertThat(acknowledgement.calls).isEmpty();
	}

	private static List<TestMessage> batch(int size) {
		return IntStream.range(0, size).mapToObj(TestMessage::new).toList();
	}

	private static List<Message<String>> messages(List<TestMessage> batch) {
		return batch.stream().map(TestMessage::message).toList();
	}

	private static List<String> ids(List<TestMessage> batch) {
		return batch.stream().map(message -> String.valueOf(message.message.getHeaders().getId())).toList();
	}

	private static Message<String> inGroup(String body, String group) {
		return MessageBuilder.withPayload(body)
			.setHeader(SqsHeaders.MessageSystemAttributes.SQS_MESSAGE_GROUP_ID_HEADER, group)
			.build();
	}

	/** A message whose body says its position and whether the test fails it. */
	private static final class TestMessage {

		final RecordingVisibility visibility = new RecordingVisibility();

		final Message<String> message;

		TestMessage(int index) {
			String body = index + (index % 2 == 1 ? "-odd" : "-even");
			this.message = MessageBuilder.withPayload(body)
				.setHeader(CorrelationId.KEY, "correlation-" + body)
				.setHeader(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, visibility)
				.build();
		}

		Message<String> message() {
			return message;
		}

		boolean odd() {
			return message.getPayload().endsWith("odd");
		}

	}

	private static final class RecordingVisibility implements Visibility {

		final List<Integer> changes = new CopyOnWriteArrayList<>();

		@Override
		public CompletableFuture<Void> changeToAsync(int seconds) {
			changes.add(seconds);
			return CompletableFuture.completedFuture(null);
		}

	}

	private static final class RecordingAcknowledgement implements BatchAcknowledgement<String> {

		final List<List<Message<String>>> calls = new CopyOnWriteArrayList<>();

		@Override
		public void acknowledge() {
			throw new UnsupportedOperationException("the processor acknowledges the messages it names");
		}

		@Override
		public CompletableFuture<Void> acknowledgeAsync() {
			throw new UnsupportedOperationException("the processor acknowledges the messages it names");
		}

		@Override
		public void acknowledge(Collection<Message<String>> messages) {
			calls.add(List.copyOf(messages));
		}

		@Override
		public CompletableFuture<Void> acknowledgeAsync(Collection<Message<String>> messages) {
			acknowledge(messages);
			return CompletableFuture.completedFuture(null);
		}

	}

}
