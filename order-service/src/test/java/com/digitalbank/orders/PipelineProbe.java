package com.digitalbank.orders;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import static org.awaitility.Awaitility.await;

/** Looks into the pipeline's queues and the invoices bucket from a test. */
public record PipelineProbe(SqsAsyncClient sqs, S3Client s3) {

	public static final String INVOICES_BUCKET = "orders-invoices";

	// The pipeline's queues as the tests configure them (the defaults of
	// PipelineProperties.Queues).
	public static final String CREATION = "order-creation";

	public static final String INVOICE = "order-invoice";

	public static final String INTERNAL_NOTIFICATION = "order-internal-notification";

	public static final String CUSTOMER_CONFIRMATION = "order-customer-confirmation";

	private static final List<String> QUEUES = List.of(CREATION, INVOICE, INTERNAL_NOTIFICATION, CUSTOMER_CONFIRMATION);

	public String queueUrl(String queue) {
		return sqs.getQueueUrl(request -> request.queueName(queue)).join().queueUrl();
	}

	/**
	 * Empties every dead-letter queue of the pipeline, so that a test can then require
	 * them to stay empty: the suite shares the queues, and other tests dead-letter on
	 * purpose.
	 */
	public void purgeDeadLetters() {
		QUEUES.forEach(queue -> sqs.purgeQueue(purge -> purge.queueUrl(queueUrl(deadLetters(queue)))).join());
	}

	/** How many messages each dead-letter queue of the pipeline holds, by queue. */
	public Map<String, Integer> deadLetterDepths() {
		return QUEUES.stream().map(PipelineProbe::deadLetters).collect(Collectors.toMap(queue -> queue, this::depth));
	}

	/**
	 * The bodies of the messages a dead-letter queue holds, left in place (at most 10).
	 */
	public List<String> deadLettered(String queue) {
		return sqs.receiveMessage(
				receive -> receive.queueUrl(queueUrl(deadLetters(queue))).maxNumberOfMessages(10).visibilityTimeout(0))
			.join()
			.messages()
			.stream()
			.map(Message::body)
			.toList();
	}

	public static String deadLetters(String queue) {
		return queue + "-dlq";
	}

	/** Messages waiting or in flight on a queue. */
	public int depth(String queue) {
		Map<QueueAttributeName, String> attributes = sqs
			.getQueueAttributes(request -> request.queueUrl(queueUrl(queue))
				.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
			.join()
			.attributes();
		return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
				+ Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
	}

	/**
	 * Waits until every pipeline queue is empty, twice in a row (a step may be about to
	 * publish).
	 */
	public void awaitDrained(Duration atMost) {
		await().atMost(atMost)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> totalDepth() == 0 && pause() && totalDepth() == 0);
	}

	private int totalDepth() {
		return QUEUES.stream().mapToInt(this::depth).sum();
	}

	private static boolean pause() throws InterruptedException {
		Thread.sleep(1500);
		return true;
	}

	/** The invoice's bytes, or null while it is not stored. */
	public byte[] invoice(String key) {
		try {
			return s3.getObject(get -> get.bucket(INVOICES_BUCKET).key(key), ResponseTransformer.toBytes())
				.asByteArray();
		}
		catch (NoSuchKeyException ex) {
			return null;
		}
	}

	public String invoiceETag(String key) {
		return s3.headObject(head -> head.bucket(INVOICES_BUCKET).key(key)).eTag();
	}

}
