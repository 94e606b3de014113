package com.digitalbank.platform.saga;

import java.util.ArrayList;
import java.util.List;

import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.messaging.OutgoingEvent;

/**
 * What a transition writes beside the saga's state, all in one transaction: the service's
 * items ({@link #transaction()}) and its events, which go through the outbox.
 */
public final class SagaWrites {

	private final WriteTransaction transaction;

	private final List<QueuedEvent> events = new ArrayList<>();

	SagaWrites(WriteTransaction transaction) {
		this.transaction = transaction;
	}

	public WriteTransaction transaction() {
		return transaction;
	}

	public SagaWrites event(String queue, OutgoingEvent event) {
		events.add(new QueuedEvent(queue, event));
		return this;
	}

	List<QueuedEvent> events() {
		return List.copyOf(events);
	}

	record QueuedEvent(String queue, OutgoingEvent event) {
	}

}
