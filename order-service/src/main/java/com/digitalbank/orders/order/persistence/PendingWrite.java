package com.digitalbank.orders.order.persistence;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One conditional update of an order's item waiting for {@link ClaimWriter}. {@code read}
 * asks for the item as it is after the update; {@code attempts} counts the groups it was
 * sent in and cancelled with (not by its own condition).
 */
record PendingWrite(Update update, boolean read, CompletableFuture<WriteOutcome> result, int attempts) {

	static PendingWrite of(Update update, boolean read) {
		return new PendingWrite(update, read, new CompletableFuture<>(), 0);
	}

	Map<String, AttributeValue> key() {
		return update.key();
	}

	PendingWrite retried() {
		return new PendingWrite(update, read, result, attempts + 1);
	}

	void complete(WriteOutcome outcome) {
		result.complete(outcome);
	}

	void fail(Throwable failure) {
		result.completeExceptionally(failure);
	}

}
