package com.digitalbank.platform.deadletter;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.digitalbank.platform.messaging.MessageFailureListener;
import com.digitalbank.platform.resources.QueueDeclaration;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/**
 * Records the failure of a message on its last receive, the one after which the queue's
 * redrive policy moves it to the dead-letter queue. Earlier failures are not written: a
 * message that recovers on a retry costs nothing, and a dependency that is down does not
 * turn every retry into a DynamoDB write. A message dead-lettered without failing (its
 * handler outlived the visibility timeout, or its process died) has no record: its
 * failure is unknown.
 */
class LastReceiveFailures implements MessageFailureListener {

	private static final Logger log = LoggerFactory.getLogger(LastReceiveFailures.class);

	private final FailureRecords records;

	private final Map<String, Integer> maxReceiveCounts;

	private final Clock clock;

	LastReceiveFailures(FailureRecords records, List<QueueDeclaration> queues, Clock clock) {
		this.records = records;
		this.maxReceiveCounts = queues.stream()
			.collect(Collectors.toMap(QueueDeclaration::name, QueueDeclaration::maxReceiveCount, (a, b) -> a));
		this.clock = clock;
	}

	@Override
	public void onFailure(Message<String> message, int receiveCount, Exception failure) {
		String queue = message.getHeaders().get(SqsHeaders.SQS_QUEUE_NAME_HEADER, String.class);
		int maxReceiveCount = maxReceiveCounts.getOrDefault(queue, QueueDeclaration.DEFAULT_MAX_RECEIVE_COUNT);
		if (queue == null || receiveCount < maxReceiveCount) {
			return;
		}
		String messageId = String.valueOf(message.getHeaders().getId());
		try {
			records.record(messageId, queue, MessageFailure.of(failure, receiveCount, clock.instant()));
		}
		catch (RuntimeException ex) {
			// The message is dead-lettered all the same; only the reason will be unknown.
			log.warn("Could not record why message {} of {} failed", messageId, queue, ex);
		}
	}

}
