package com.digitalbank.platform.outbox;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where an outbox entry is stored: the item of {@code table} with {@code key}. Handed
 * back by {@link Outbox} when the entry joins a transaction, and given to
 * {@link Outbox#sendCommitted} once the transaction committed.
 */
public record RecordedEvent(String table, Map<String, AttributeValue> key, OutboxEntry entry) {

	public RecordedEvent {
		key = Map.copyOf(key);
	}

}
