package com.digitalbank.platform.saga;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.SortableInstant;
import com.digitalbank.platform.resources.TableDeclaration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Sagas in the service's saga table, one item each. Every write is conditioned on the
 * version it replaces, so of two drivers acting on the same saga one loses and stops.
 * Sagas in flight carry index attributes (a constant partition and their due time) that
 * ended ones drop, so the sweeper's index holds only what may need a push.
 */
class SagaStore {

	static final String INDEX = "sagas-due";

	static final String SAGA_ID = "sagaId";

	private static final String OPEN = "open";

	private static final String DUE_KEY = "dueKey";

	private static final AttributeValue IN_FLIGHT = AttributeValue.fromS("IN_FLIGHT");

	/**
	 * Tags the saga's item in a transaction, to tell its condition failing from others'.
	 */
	static final Object TAG = SagaStore.class;

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	SagaStore(DynamoDbClient dynamoDb, JsonItems items, String table) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = table;
	}

	static TableDeclaration declaration(String name) {
		return TableDeclaration.of(name, KeyAttribute.string(SAGA_ID))
			.withIndex(INDEX, KeyAttribute.string(OPEN), KeyAttribute.string(DUE_KEY));
	}

	String table() {
		return table;
	}

	/** A new saga: fails the transaction if one with its id exists. */
	void addNew(WriteTransaction transaction, SagaState state) {
		Put put = Put.builder()
			.tableName(table)
			.item(item(state))
			.conditionExpression("attribute_not_exists(" + SAGA_ID + ")")
			.build();
		transaction.add(TransactWriteItem.builder().put(put).build(), TAG);
	}

	/** Replaces {@code previous}, only if nobody replaced it since it was read. */
	void addReplacement(WriteTransaction transaction, SagaState previous, SagaState next) {
		Put put = Put.builder()
			.tableName(table)
			.item(item(next))
			.conditionExpression("version = :read")
			.expressionAttributeValues(Map.of(":read", AttributeValue.fromN(Long.toString(previous.version()))))
			.build();
		transaction.add(TransactWriteItem.builder().put(put).build(), TAG);
	}

	Optional<SagaState> find(String sagaId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(
					get -> get.tableName(table).key(Map.of(SAGA_ID, AttributeValue.fromS(sagaId))).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(items.fromItem(item, SagaState.class));
	}

	/** Sagas in flight that were due before {@code before}, longest waiting first. */
	List<SagaState> due(Instant before, int limit) {
		return dynamoDb
			.query(query -> query.tableName(table)
				.indexName(INDEX)
				.keyConditionExpression("#open = :open AND " + DUE_KEY + " <= :before")
				.expressionAttributeNames(Map.of("#open", OPEN))
				.expressionAttributeValues(
						Map.of(":open", IN_FLIGHT, ":before", AttributeValue.fromS(SortableInstant.format(before))))
				.limit(limit))
			.items()
			.stream()
			.map(item -> items.fromItem(item, SagaState.class))
			.toList();
	}

	/**
	 * Hides a saga from other sweepers until {@code until}, unless it changed since it
	 * was read or another sweeper hid it first. Only the index's due key moves: the
	 * saga's own due time stays, so the driver the sweeper pushes still finds it due.
	 */
	boolean lease(SagaState seen, Instant dueBefore, Instant until) {
		try {
			dynamoDb.updateItem(update -> update.tableName(table)
				.key(Map.of(SAGA_ID, AttributeValue.fromS(seen.sagaId())))
				.updateExpression("SET " + DUE_KEY + " = :until")
				.conditionExpression("version = :version AND " + DUE_KEY + " <= :before")
				.expressionAttributeValues(Map.of(":until", AttributeValue.fromS(SortableInstant.format(until)),
						":version", AttributeValue.fromN(Long.toString(seen.version())), ":before",
						AttributeValue.fromS(SortableInstant.format(dueBefore)))));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	private Map<String, AttributeValue> item(SagaState state) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(state));
		if (!state.status().terminal() && state.dueAt() != null) {
			item.put(OPEN, IN_FLIGHT);
			item.put(DUE_KEY, AttributeValue.fromS(SortableInstant.format(state.dueAt())));
		}
		return item;
	}

}
