package com.digitalbank.platform.deadletter;

import com.digitalbank.platform.resources.QueueDeclaration;

/**
 * One declared queue and its dead-letter queue, with SQS's approximate counts:
 * {@code messages} waiting, {@code inFlight} (received, not yet deleted),
 * {@code delayed}, and {@code deadLetterMessages} (all of the dead-letter queue's). When
 * the counts could not be read they are absent and {@code error} says why.
 */
public record QueueSummary(String name, String deadLetterQueue, int maxReceiveCount, Integer messages, Integer inFlight,
		Integer delayed, Integer deadLetterMessages, String error) {

	static QueueSummary of(QueueDeclaration queue, QueueDepth depth, QueueDepth deadLetters) {
		return new QueueSummary(queue.name(), queue.deadLetterQueueName(), queue.maxReceiveCount(), depth.waiting(),
				depth.inFlight(), depth.delayed(), deadLetters.total(), null);
	}

	static QueueSummary unreadable(QueueDeclaration queue, String error) {
		return new QueueSummary(queue.name(), queue.deadLetterQueueName(), queue.maxReceiveCount(), null, null, null,
				null, error);
	}

}
