package com.digitalbank.platform.deadletter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.platform.resources.QueueDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Shows the messages of a dead-letter queue. SQS can only show a message by receiving it:
 * each one is received hidden for a few seconds (so that the next receive returns others)
 * and made visible again right after, with its receive count one higher. Should the
 * release fail, the messages return by themselves when those seconds are over.
 */
class DeadLetterReader {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterReader.class);

	static final Duration PEEK_VISIBILITY = Duration.ofSeconds(10);

	private final QueueClient client;

	private final FailureRecords failures;

	DeadLetterReader(QueueClient client, FailureRecords failures) {
		this.client = client;
		this.failures = failures;
	}

	DeadLetterListing list(QueueDeclaration queue, int limit) {
		String deadLetterQueue = queue.deadLetterQueueName();
		QueueDepth depth = client.depth(deadLetterQueue);
		// Stops at what the queue holds visible, so a listing does not end on a long poll
		// that finds nothing.
		int wanted = Math.min(limit, depth.waiting());
		Map<String, Message> seen = new LinkedHashMap<>();
		try {
			while (seen.size() < wanted) {
				List<Message> received = client.receive(deadLetterQueue, wanted - seen.size(), PEEK_VISIBILITY);
				if (received.isEmpty()) {
					break;
				}
				received.forEach(message -> seen.putIfAbsent(message.messageId(), message));
			}
		}
		finally {
			client.release(deadLetterQueue, seen.values());
		}
		Map<String, MessageFailure> known = failures(seen);
		return new DeadLetterListing(queue.name(), deadLetterQueue, depth.total(),
				seen.values().stream().map(message -> DeadLetter.of(message, known.get(message.messageId()))).toList());
	}

	private Map<String, MessageFailure> failures(Map<String, Message> messages) {
		if (failures == null || messages.isEmpty()) {
			return Map.of();
		}
		try {
			return failures.find(messages.keySet());
		}
		catch (RuntimeException ex) {
			log.warn("Could not read why the dead-lettered messages failed; listing them without", ex);
			return Map.of();
		}
	}

}
