package com.digitalbank.platform.resources;

import java.time.Duration;

/**
 * An SQS queue a service publishes to or listens on, always with a dead-letter queue
 * ({@code <name>-dlq}) that takes a message after {@code maxReceiveCount} receives. Size
 * the visibility timeout for the slowest handler: Spring Cloud AWS does not extend it
 * while a message is being processed.
 */
public record QueueDeclaration(String name, Duration visibilityTimeout, int maxReceiveCount) {

	public static final int DEFAULT_MAX_RECEIVE_COUNT = 3;

	public static QueueDeclaration of(String name) {
		return new QueueDeclaration(name, Duration.ofSeconds(30), DEFAULT_MAX_RECEIVE_COUNT);
	}

	public QueueDeclaration withVisibilityTimeout(Duration timeout) {
		return new QueueDeclaration(name, timeout, maxReceiveCount);
	}

	public boolean fifo() {
		return name.endsWith(".fifo");
	}

	public String deadLetterQueueName() {
		return fifo() ? name.substring(0, name.length() - ".fifo".length()) + "-dlq.fifo" : name + "-dlq";
	}

}
