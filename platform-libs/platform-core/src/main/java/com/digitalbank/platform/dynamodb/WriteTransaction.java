package com.digitalbank.platform.dynamodb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The items of one {@code TransactWriteItems}, gathered from the stores of several
 * features, each tagged with what it stands for so that a cancellation can say whose
 * condition failed ({@link TransactionCancelledException#failures()}). Application code
 * creates and commits it; only persistence adapters add items.
 */
public final class WriteTransaction {

	/** DynamoDB's limit of items per transaction. */
	public static final int MAX_ITEMS = 100;

	private final List<TransactWriteItem> items = new ArrayList<>();

	private final List<Object> tags = new ArrayList<>();

	/**
	 * @param tag what the item stands for, handed back if its write fails; may be null
	 */
	public WriteTransaction add(TransactWriteItem item, Object tag) {
		if (items.size() == MAX_ITEMS) {
			throw new IllegalStateException("A DynamoDB transaction holds at most " + MAX_ITEMS + " items");
		}
		items.add(item);
		tags.add(tag);
		return this;
	}

	public int size() {
		return items.size();
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	List<TransactWriteItem> items() {
		return Collections.unmodifiableList(items);
	}

	Object tag(int index) {
		return tags.get(index);
	}

}
