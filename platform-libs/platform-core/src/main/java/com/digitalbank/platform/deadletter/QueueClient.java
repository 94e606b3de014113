package com.digitalbank.platform.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * The few SQS calls dead-letter handling makes, blocking, with queue URLs cached.
 * Receives wait up to a second: a long poll asks every SQS server, so an empty answer
 * means the queue has nothing visible, which a short poll does not promise.
 */
class QueueClient {

	private static final Logger log = LoggerFactory.getLogger(QueueClient.class);

	/** SQS takes at most ten messages per receive and per batch call. */
	static final int SQS_BATCH = 10;

	private static final int WAIT_SECONDS = 1;

	private final SqsAsyncClient sqs;

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	QueueClient(SqsAsyncClient sqs) {
		this.sqs = sqs;
	}

	String url(String queue) {
		return urls.computeIfAbsent(queue,
				name -> sqs.getQueueUrl(request -> request.queueName(name)).join().queueUrl());
	}

	QueueDepth depth(String queue) {
		Map<QueueAttributeName, String> attributes = sqs
			.getQueueAttributes(request -> request.queueUrl(url(queue))
				.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
			.join()
			.attributes();
		return new QueueDepth(count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
				count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
				count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
	}

	/**
	 * Up to {@code max} messages with all their attributes, hidden from other receivers
	 * for {@code visibility}. Each receive adds one to a message's receive count.
	 */
	List<Message> receive(String queue, int max, Duration visibility) {
		return sqs
			.receiveMessage(request -> request.queueUrl(url(queue))
				.maxNumberOfMessages(Math.min(max, SQS_BATCH))
				.visibilityTimeout((int) visibility.toSeconds())
				.waitTimeSeconds(WAIT_SECONDS)
				.messageAttributeNames("All")
				.messageSystemAttributeNames(MessageSystemAttributeName.ALL))
			.join()
			.messages();
	}

	/**
	 * Makes received messages visible again at once. Best effort: a message this fails
	 * for comes back when its visibility timeout ends.
	 */
	void release(String queue, Collection<Message> messages) {
		List<Message> all = new ArrayList<>(messages);
		for (int start = 0; start < all.size(); start += SQS_BATCH) {
			List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
			List<Message> batch = all.subList(start, Math.min(start + SQS_BATCH, all.size()));
			for (int i = 0; i < batch.size(); i++) {
				entries.add(ChangeMessageVisibilityBatchRequestEntry.builder()
					.id(String.valueOf(i))
					.receiptHandle(batch.get(i).receiptHandle())
					.visibilityTimeout(0)
					.build());
			}
			try {
				sqs.changeMessageVisibilityBatch(request -> request.queueUrl(url(queue)).entries(entries)).join();
			}
			catch (RuntimeException ex) {
				log.warn("Could not make {} messages of {} visible again; they return after their visibility timeout",
						batch.size(), queue, ex);
			}
		}
	}

	/**
	 * Sends a copy of the message, with its body and message attributes (correlation id,
	 * event type) and its trace header; on a FIFO queue in its message group,
	 * deduplicated by the original's id. Returns the new message's id.
	 */
	String sendCopy(String queue, Message message, boolean fifo) {
		SendMessageRequest.Builder request = SendMessageRequest.builder()
			.queueUrl(url(queue))
			.messageBody(message.body())
			.messageAttributes(message.messageAttributes());
		String trace = message.attributes().get(MessageSystemAttributeName.AWS_TRACE_HEADER);
		if (trace != null) {
			request.messageSystemAttributes(Map.of(MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
					MessageSystemAttributeValue.builder().dataType("String").stringValue(trace).build()));
		}
		if (fifo) {
			request.messageGroupId(message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID))
				.messageDeduplicationId(message.messageId());
		}
		return sqs.sendMessage(request.build()).join().messageId();
	}

	void delete(String queue, Message message) {
		sqs.deleteMessage(request -> request.queueUrl(url(queue)).receiptHandle(message.receiptHandle())).join();
	}

	private static int count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
		String value = attributes.get(name);
		return value == null ? 0 : Integer.parseInt(value);
	}

}
