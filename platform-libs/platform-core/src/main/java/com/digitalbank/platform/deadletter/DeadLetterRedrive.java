package com.digitalbank.platform.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.digitalbank.platform.resources.QueueDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Moves messages from a dead-letter queue back to its source queue, all of them or those
 * with the given ids. Nothing is lost: a message is deleted from the dead-letter queue
 * only after the source queue accepted its copy; a failed send leaves it where it was.
 * SQS cannot fetch a message by id, so the dead-letter queue is received through, each
 * message hidden while the redrive runs, and the ones it leaves are made visible again at
 * the end.
 */
class DeadLetterRedrive {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterRedrive.class);

	/** Long enough for a batch's sends and deletes; released early in any case. */
	static final Duration WORK_VISIBILITY = Duration.ofSeconds(30);

	/** The most messages one call receives, so that a call always ends. */
	static final int MAX_MESSAGES_PER_CALL = 1000;

	private final QueueClient client;

	DeadLetterRedrive(QueueClient client) {
		this.client = client;
	}

	/** Redrives the messages with these ids, or all of them when there are none. */
	RedriveReport redrive(QueueDeclaration queue, Set<String> messageIds) {
		String deadLetterQueue = queue.deadLetterQueueName();
		boolean all = messageIds.isEmpty();
		Set<String> wanted = new LinkedHashSet<>(messageIds);
		List<RedriveOutcome> outcomes = new ArrayList<>();
		List<Message> left = new ArrayList<>();
		int received = 0;
		try {
			while (received < MAX_MESSAGES_PER_CALL && (all || !wanted.isEmpty())) {
				List<Message> batch = client.receive(deadLetterQueue, QueueClient.SQS_BATCH, WORK_VISIBILITY);
				if (batch.isEmpty()) {
					break;
				}
				received += batch.size();
				for (Message message : batch) {
					if (all || wanted.remove(message.messageId())) {
						RedriveOutcome outcome = move(queue, message);
						outcomes.add(outcome);
						if (outcome.result() == RedriveOutcome.Result.NOT_SENT) {
							left.add(message);
						}
					}
					else {
						left.add(message);
					}
				}
			}
		}
		finally {
			client.release(deadLetterQueue, left);
		}
		wanted.forEach(id -> outcomes.add(RedriveOutcome.notFound(id)));
		return RedriveReport.of(queue.name(), deadLetterQueue, received >= MAX_MESSAGES_PER_CALL, outcomes);
	}

	private RedriveOutcome move(QueueDeclaration queue, Message message) {
		String copy;
		try {
			copy = client.sendCopy(queue.name(), message, queue.fifo());
		}
		catch (RuntimeException ex) {
			log.warn("Could not send dead-lettered message {} back to {}; it stays in {}", message.messageId(),
					queue.name(), queue.deadLetterQueueName(), ex);
			return new RedriveOutcome(message.messageId(), RedriveOutcome.Result.NOT_SENT, null,
					"The source queue did not accept it; it stays in the dead-letter queue.");
		}
		try {
			client.delete(queue.deadLetterQueueName(), message);
		}
		catch (RuntimeException ex) {
			log.warn("Message {} was sent back to {} as {} but could not be deleted from {}", message.messageId(),
					queue.name(), copy, queue.deadLetterQueueName(), ex);
			return new RedriveOutcome(message.messageId(), RedriveOutcome.Result.SENT_NOT_DELETED, copy,
					"Sent, but still in the dead-letter queue: redriving it again sends a duplicate.");
		}
		log.info("Moved dead-lettered message {} back to {} as {}", message.messageId(), queue.name(), copy);
		return RedriveOutcome.moved(message.messageId(), copy);
	}

}
