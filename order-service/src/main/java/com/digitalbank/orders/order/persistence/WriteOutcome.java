package com.digitalbank.orders.order.persistence;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What became of a {@link PendingWrite}. */
sealed interface WriteOutcome {

	/**
	 * The update applied; {@code item} is the item after it when it was asked for and
	 * could be read, else empty.
	 */
	record Applied(Map<String, AttributeValue> item) implements WriteOutcome {
	}

	/**
	 * Its condition failed; {@code item} is the item as the condition found it, empty
	 * when there was none or the store did not say.
	 */
	record Refused(Map<String, AttributeValue> item) implements WriteOutcome {
	}

}
