package com.digitalbank.orders.order.persistence;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One conditional write of an order's item (a put or an update) waiting for
 * {@link OrderWriter}. {@code read} asks for the item as it is after an update;
 * {@code attempts} counts the groups it was sent in and cancelled with (not by its own
 * condition).
 */
record PendingWrite(TransactWriteItem write, boolean read, CompletableFuture<WriteOutcome> result, int attempts) {

	static PendingWrite of(Update update, boolean read) {
		return new PendingWrite(TransactWriteItem.builder().update(update).build(), read, new CompletableFuture<>(), 0);
	}

	static PendingWrite of(Put put) {
		return new PendingWrite(TransactWriteItem.builder().put(put).build(), false, new CompletableFuture<>(), 0);
	}

	Map<String, AttributeValue> key() {
		if (write.update() != null) {
			return write.update().key();
		}
		Map<String, AttributeValue> item = write.put().item();
		return Map.of(OrderKeys.PK, item.get(OrderKeys.PK), OrderKeys.SK, item.get(OrderKeys.SK));
	}

	String table() {
		return write.update() != null ? write.update().tableName() : write.put().tableName();
	}

	PendingWrite retried() {
		return new PendingWrite(write, read, result, attempts + 1);
	}

	void complete(WriteOutcome outcome) {
		result.complete(outcome);
	}

	void fail(Throwable failure) {
		result.completeExceptionally(failure);
	}

}
