package com.digitalbank.platform.asyncapi;

import java.util.Map;

import com.asyncapi.bindings.sqs.v0._2_0.channel.SQSChannelBinding;
import com.asyncapi.bindings.sqs.v0._2_0.channel.SQSChannelDeadLetterQueueIdentifier;
import com.asyncapi.bindings.sqs.v0._2_0.channel.SQSChannelQueue;
import com.asyncapi.bindings.sqs.v0._2_0.channel.SQSChannelRedrivePolicy;
import com.asyncapi.v3._0_0.model.channel.Channel;
import com.digitalbank.platform.resources.QueueDeclaration;

/**
 * The channels of one queue: the queue itself and, for a queue this service declares, its
 * dead-letter queue, each with the SQS binding that says what the declaration creates
 * (visibility timeout, FIFO, redrive after so many receives).
 */
final class QueueChannels {

	private QueueChannels() {
	}

	/**
	 * The queue's channel; {@code declaration} is null for a queue this service uses but
	 * another declares.
	 */
	static Channel channel(String queue, QueueDeclaration declaration, Map<String, Object> messages) {
		Channel.ChannelBuilder channel = Channel.builder().address(queue).title(queue).messages(messages);
		if (declaration == null) {
			return channel.description("SQS queue declared by the service that owns it").build();
		}
		SQSChannelQueue sqsQueue = queue(declaration.name(), declaration.fifo());
		sqsQueue.setVisibilityTimeout((int) declaration.visibilityTimeout().toSeconds());
		sqsQueue.setRedrivePolicy(new SQSChannelRedrivePolicy(
				new SQSChannelDeadLetterQueueIdentifier(null, declaration.deadLetterQueueName()),
				declaration.maxReceiveCount()));
		return channel
			.description("SQS queue. A message that fails " + declaration.maxReceiveCount() + " receives moves to "
					+ declaration.deadLetterQueueName() + ".")
			.bindings(Map.of("sqs",
					new SQSChannelBinding(sqsQueue, queue(declaration.deadLetterQueueName(), declaration.fifo()))))
			.build();
	}

	/**
	 * The dead-letter queue's channel: the same messages, moved there by SQS, never sent
	 * by the service; operators inspect and redrive them.
	 */
	static Channel deadLetterChannel(QueueDeclaration declaration, Map<String, Object> messages) {
		String name = declaration.deadLetterQueueName();
		return Channel.builder()
			.address(name)
			.title(name)
			.description("Dead-letter queue of " + declaration.name() + ": its messages that failed "
					+ declaration.maxReceiveCount() + " receives, moved here by SQS.")
			.messages(messages)
			.bindings(Map.of("sqs", new SQSChannelBinding(queue(name, declaration.fifo()), null)))
			.build();
	}

	/**
	 * A queue as the binding names it; the binding's defaults this platform does not set
	 * are left out rather than stated wrongly.
	 */
	private static SQSChannelQueue queue(String name, boolean fifo) {
		return SQSChannelQueue.builder()
			.name(name)
			.fifoQueue(fifo)
			.deduplicationScope(null)
			.fifoThroughputLimit(null)
			.deliveryDelay(null)
			.visibilityTimeout(null)
			.receiveMessageWaitTime(null)
			.messageRetentionPeriod(null)
			.build();
	}

}
