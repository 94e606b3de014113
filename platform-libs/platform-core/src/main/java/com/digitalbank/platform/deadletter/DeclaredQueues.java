package com.digitalbank.platform.deadletter;

import java.util.List;

import com.digitalbank.platform.resources.QueueDeclaration;

/**
 * The queues the service declares, found by their own name or by their dead-letter
 * queue's. Only these can be inspected or redriven: the endpoint never reaches a queue
 * the service does not own.
 */
record DeclaredQueues(List<QueueDeclaration> all) {

	DeclaredQueues {
		all = List.copyOf(all);
	}

	QueueDeclaration find(String name) {
		return all.stream()
			.filter(queue -> queue.name().equals(name) || queue.deadLetterQueueName().equals(name))
			.findFirst()
			.orElseThrow(() -> new UnknownQueueException(name));
	}

}
