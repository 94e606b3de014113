package com.digitalbank.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;

import com.digitalbank.platform.correlation.CorrelationId;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.listener.Visibility;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partial batch failure for {@code @SqsListener} batch methods in manual acknowledgement
 * mode: each message is handled on its own with its correlation id restored, the ones
 * that succeeded are acknowledged, and each failed one becomes visible again after an
 * exponential backoff with jitter until the queue's redrive policy moves it to its
 * dead-letter queue.
 * <p>
 * A batch's messages are handled side by side, each on a virtual thread of its own: the
 * handlers wait on I/O (DynamoDB, S3, SMTP), so a batch takes about as long as its
 * slowest message instead of the sum of all of them. Messages of one FIFO message group
 * are the exception: they are handled one after another, in the order received, on one
 * thread. The batch is acknowledged once, when all of its messages are done.
 *
 * <pre>{@code
 * &#64;SqsListener(value = "orders", acknowledgementMode = "MANUAL")
 * void onBatch(List<Message<String>> batch, BatchAcknowledgement<String> ack) {
 *     batchProcessor.process(batch, ack, message -> orders.record(message.data(NewOrder.class)));
 * }
 * }</pre>
 */
public class BatchProcessor {

	private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

	private static final ThreadFactory HANDLERS = Thread.ofVirtual().name("batch-message-", 0).factory();

	private final JsonMapper jsonMapper;

	private final Duration baseBackoff;

	private final Duration maxBackoff;

	private final MessageFailureListener failureListener;

	private final MessageTracing tracing;

	public BatchProcessor(JsonMapper jsonMapper, Duration baseBackoff, Duration maxBackoff) {
		this(jsonMapper, baseBackoff, maxBackoff, MessageFailureListener.NONE);
	}

	public BatchProcessor(JsonMapper jsonMapper, Duration baseBackoff, Duration maxBackoff,
			MessageFailureListener failureListener) {
		this(jsonMapper, baseBackoff, maxBackoff, failureListener, MessageTracing.NONE);
	}

	public BatchProcessor(JsonMapper jsonMapper, Duration baseBackoff, Duration maxBackoff,
			MessageFailureListener failureListener, MessageTracing tracing) {
		this.jsonMapper = jsonMapper;
		this.baseBackoff = baseBackoff;
		this.maxBackoff = maxBackoff;
		this.failureListener = failureListener;
		this.tracing = tracing;
	}

	public BatchResult process(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement,
			MessageHandler handler) {
		boolean[] outcomes = handleAll(batch, handler);
		List<Message<String>> handled = new ArrayList<>();
		List<String> succeeded = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Message<String> message = batch.get(i);
			if (outcomes[i]) {
				handled.add(message);
				succeeded.add(messageId(message));
			}
			else {
				failed.add(messageId(message));
			}
		}
		if (!handled.isEmpty()) {
			acknowledgement.acknowledge(handled);
		}
		return new BatchResult(succeeded, failed);
	}

	/**
	 * Whether each message of the batch succeeded, by position. Each lane (one message,
	 * or one FIFO group's messages in order) runs on its own virtual thread; a batch of
	 * one lane runs on the caller's thread.
	 */
	private boolean[] handleAll(List<Message<String>> batch, MessageHandler handler) {
		boolean[] outcomes = new boolean[batch.size()];
		Collection<List<Integer>> lanes = lanes(batch);
		if (lanes.size() == 1) {
			lanes.forEach(lane -> handleInOrder(batch, lane, handler, outcomes));
			return outcomes;
		}
		List<Future<?>> running = new ArrayList<>();
		try (ExecutorService executor = Executors.newThreadPerTaskExecutor(HANDLERS)) {
			for (List<Integer> lane : lanes) {
				running.add(executor.submit(() -> handleInOrder(batch, lane, handler, outcomes)));
			}
		}
		// Closing the executor waited for every lane, so their outcomes are visible here.
		// handleOne catches every Exception; what is left is an Error, which fails the
		// whole batch as it would have on one thread.
		for (Future<?> lane : running) {
			if (lane.state() == Future.State.FAILED && lane.exceptionNow() instanceof Error error) {
				throw error;
			}
		}
		return outcomes;
	}

	private void handleInOrder(List<Message<String>> batch, List<Integer> lane, MessageHandler handler,
			boolean[] outcomes) {
		for (int index : lane) {
			Message<String> message = batch.get(index);
			outcomes[index] = handleOne(message, messageId(message), handler);
		}
	}

	/**
	 * The batch's messages by lane, in the order received: a FIFO message group is one
	 * lane, every other message a lane of its own.
	 */
	private static Collection<List<Integer>> lanes(List<Message<String>> batch) {
		Map<Object, List<Integer>> lanes = new LinkedHashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			Object group = batch.get(i)
				.getHeaders()
				.get(SqsHeaders.MessageSystemAttributes.SQS_MESSAGE_GROUP_ID_HEADER);
			lanes.computeIfAbsent(group != null ? group : i, key -> new ArrayList<>()).add(i);
		}
		return lanes.values();
	}

	private static String messageId(Message<String> message) {
		return String.valueOf(message.getHeaders().getId());
	}

	private boolean handleOne(Message<String> message, String messageId, MessageHandler handler) {
		int receiveCount = receiveCount(message);
		String correlationId = message.getHeaders().get(CorrelationId.KEY, String.class);
		if (correlationId == null) {
			correlationId = correlationIdInBody(message.getPayload());
		}
		// The message's span continues its sender's trace, so these log lines carry it.
		try (CorrelationId.Scope scope = CorrelationId.open(correlationId);
				MessageTracing.Handling span = tracing.handle(message)) {
			try {
				handler.handle(new IncomingMessage(messageId, receiveCount, message.getPayload(), jsonMapper));
				return true;
			}
			catch (Exception ex) {
				span.failed(ex);
				log.warn("Message {} failed on receive {}; it will be retried, then dead-lettered", messageId,
						receiveCount, ex);
				failureListener.onFailure(message, receiveCount, ex);
				backOff(message, receiveCount);
				return false;
			}
		}
	}

	/**
	 * Best effort: a sender that could not set the attribute may still have put it in the
	 * envelope.
	 */
	private String correlationIdInBody(String body) {
		try {
			JsonNode node = jsonMapper.readTree(body);
			return node != null && node.hasNonNull(CorrelationId.KEY) ? node.get(CorrelationId.KEY).asString() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private void backOff(Message<String> message, int receiveCount) {
		Visibility visibility = message.getHeaders().get(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, Visibility.class);
		if (visibility == null) {
			return;
		}
		long exponential = baseBackoff.toMillis() << Math.min(Math.max(receiveCount - 1, 0), 16);
		long capped = Math.min(exponential, maxBackoff.toMillis());
		// Full jitter spreads retries of a failed batch so they do not hit a struggling
		// dependency together.
		long jittered = ThreadLocalRandom.current().nextLong(capped / 2, capped + 1);
		try {
			visibility.changeTo((int) Math.max(0, Math.ceil(jittered / 1000.0)));
		}
		catch (RuntimeException ex) {
			log.debug("Could not shorten visibility of a failed message; it returns after the queue's timeout", ex);
		}
	}

	private static int receiveCount(Message<String> message) {
		Object value = message.getHeaders().get(SqsHeaders.MessageSystemAttributes.SQS_APPROXIMATE_RECEIVE_COUNT);
		try {
			return value == null ? 1 : Integer.parseInt(value.toString());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
