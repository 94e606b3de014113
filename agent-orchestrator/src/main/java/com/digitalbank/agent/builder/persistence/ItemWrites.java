package com.digitalbank.agent.builder.persistence;

import java.util.HashMap;
import java.util.Map;

import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Records as items of the table, put into a transaction. */
final class ItemWrites {

	private final JsonItems items;

	private final String table;

	ItemWrites(JsonItems items, String table) {
		this.items = items;
		this.table = table;
	}

	Map<String, AttributeValue> item(Map<String, AttributeValue> key, Object value) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(value));
		item.putAll(key);
		return item;
	}

	/**
	 * A put that fails when the item exists: what makes a step's record a done marker.
	 */
	void putNew(WriteTransaction transaction, Map<String, AttributeValue> item, Object tag) {
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder().tableName(table).item(item).conditionExpression("attribute_not_exists(PK)").build())
			.build(), tag);
	}

	void put(WriteTransaction transaction, Map<String, AttributeValue> item, Object tag) {
		transaction.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build(),
				tag);
	}

	<T> T read(Map<String, AttributeValue> item, Class<T> type) {
		return items.fromItem(item, type);
	}

	String table() {
		return table;
	}

}
