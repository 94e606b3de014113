package com.digitalbank.platform.outbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.messaging.PreparedEvent;
import com.digitalbank.platform.resources.SortableInstant;
import com.digitalbank.platform.resources.TableDeclaration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Outbox entries as DynamoDB attributes, and the reads and conditional writes the relay
 * makes on them. Every write is conditioned on the entry's event id, so a relay never
 * touches an entry that was sent and replaced meanwhile.
 */
class OutboxItems {

	static final String EVENT_ID = "outboxEventId";

	static final String QUEUE = "outboxQueue";

	static final String EVENT_TYPE = "outboxEventType";

	static final String BODY = "outboxBody";

	static final String ATTRIBUTES = "outboxAttributes";

	static final String GROUP = "outboxGroup";

	static final String CLAIMED_UNTIL = "outboxClaimedUntil";

	static final String SENT_AT = "outboxSentAt";

	private static final String MARK_SENT = "SET #sent = :now REMOVE #shard, #at, #queue, #type, #body, #attributes, #group, #claim";

	private static final Map<String, String> MARK_SENT_NAMES = Map.ofEntries(Map.entry("#sent", SENT_AT),
			Map.entry("#shard", OutboxIndex.SHARD), Map.entry("#at", OutboxIndex.RECORDED_AT),
			Map.entry("#queue", QUEUE), Map.entry("#type", EVENT_TYPE), Map.entry("#body", BODY),
			Map.entry("#attributes", ATTRIBUTES), Map.entry("#group", GROUP), Map.entry("#claim", CLAIMED_UNTIL),
			Map.entry("#event", EVENT_ID));

	private final DynamoDbClient dynamoDb;

	private final int shards;

	private final String outboxTable;

	/**
	 * @param outboxTable the table whose items are entries and nothing else, null if the
	 * service has none
	 */
	OutboxItems(DynamoDbClient dynamoDb, int shards, String outboxTable) {
		this.dynamoDb = dynamoDb;
		this.shards = shards;
		this.outboxTable = outboxTable;
	}

	int shards() {
		return shards;
	}

	boolean isOutboxTable(String table) {
		return table.equals(outboxTable);
	}

	/** The attributes that make an item hold a pending entry. */
	Map<String, AttributeValue> attributes(OutboxEntry entry) {
		PreparedEvent event = entry.event();
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(OutboxIndex.SHARD,
				AttributeValue.fromS(String.valueOf(Math.floorMod(event.eventId().hashCode(), shards))));
		item.put(OutboxIndex.RECORDED_AT, AttributeValue.fromS(SortableInstant.format(entry.recordedAt())));
		item.put(EVENT_ID, AttributeValue.fromS(event.eventId()));
		item.put(QUEUE, AttributeValue.fromS(entry.queue()));
		item.put(EVENT_TYPE, AttributeValue.fromS(event.eventType()));
		item.put(BODY, AttributeValue.fromS(event.body()));
		Map<String, AttributeValue> attributes = new HashMap<>();
		event.attributes().forEach((name, value) -> attributes.put(name, AttributeValue.fromS(value)));
		item.put(ATTRIBUTES, AttributeValue.fromM(attributes));
		if (event.groupId() != null) {
			item.put(GROUP, AttributeValue.fromS(event.groupId()));
		}
		return item;
	}

	static OutboxEntry entry(Map<String, AttributeValue> item) {
		Map<String, String> attributes = new HashMap<>();
		item.getOrDefault(ATTRIBUTES, AttributeValue.fromM(Map.of()))
			.m()
			.forEach((name, value) -> attributes.put(name, value.s()));
		String group = item.containsKey(GROUP) ? item.get(GROUP).s() : null;
		PreparedEvent event = new PreparedEvent(item.get(EVENT_ID).s(), item.get(EVENT_TYPE).s(), item.get(BODY).s(),
				attributes, group);
		return new OutboxEntry(item.get(QUEUE).s(), event,
				SortableInstant.parse(item.get(OutboxIndex.RECORDED_AT).s()));
	}

	static Map<String, AttributeValue> key(TableDeclaration table, Map<String, AttributeValue> item) {
		Map<String, AttributeValue> key = new HashMap<>();
		key.put(table.partitionKey().name(), item.get(table.partitionKey().name()));
		if (table.sortKey() != null) {
			key.put(table.sortKey().name(), item.get(table.sortKey().name()));
		}
		return key;
	}

	/** Pending entries of one shard recorded before {@code cutoff}, oldest first. */
	List<RecordedEvent> due(TableDeclaration table, int shard, Instant cutoff, int limit) {
		return dynamoDb
			.query(pending(table.name()).keyConditionExpression("#shard = :shard AND #at <= :cutoff")
				.expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(String.valueOf(shard)), ":cutoff",
						AttributeValue.fromS(SortableInstant.format(cutoff))))
				.limit(limit)
				.build())
			.items()
			.stream()
			.map(item -> new RecordedEvent(table.name(), key(table, item), entry(item)))
			.toList();
	}

	/** How many entries of one shard wait, and since when the oldest. */
	Backlog backlog(String table, int shard) {
		Map<String, AttributeValue> values = Map.of(":shard", AttributeValue.fromS(String.valueOf(shard)));
		List<Map<String, AttributeValue>> oldest = dynamoDb
			.query(pending(table).keyConditionExpression("#shard = :shard")
				.expressionAttributeNames(Map.of("#shard", OutboxIndex.SHARD))
				.expressionAttributeValues(values)
				.limit(1)
				.build())
			.items();
		if (oldest.isEmpty()) {
			return Backlog.EMPTY;
		}
		long waiting = dynamoDb
			.queryPaginator(pending(table).keyConditionExpression("#shard = :shard")
				.expressionAttributeNames(Map.of("#shard", OutboxIndex.SHARD))
				.expressionAttributeValues(values)
				.select(Select.COUNT)
				.build())
			.stream()
			.mapToLong(page -> page.count())
			.sum();
		return new Backlog(waiting, SortableInstant.parse(oldest.getFirst().get(OutboxIndex.RECORDED_AT).s()));
	}

	private static QueryRequest.Builder pending(String table) {
		return QueryRequest.builder()
			.tableName(table)
			.indexName(OutboxIndex.NAME)
			.expressionAttributeNames(Map.of("#shard", OutboxIndex.SHARD, "#at", OutboxIndex.RECORDED_AT))
			.scanIndexForward(true);
	}

	/**
	 * Takes the entry for one relay until {@code until}, unless another holds it or it
	 * was sent meanwhile.
	 */
	boolean claim(RecordedEvent event, Instant now, Instant until) {
		try {
			dynamoDb.updateItem(update -> update.tableName(event.table())
				.key(event.key())
				.updateExpression("SET #claim = :until")
				.conditionExpression(
						"#event = :event AND attribute_exists(#shard) AND (attribute_not_exists(#claim) OR #claim < :now)")
				.expressionAttributeNames(
						Map.of("#claim", CLAIMED_UNTIL, "#event", EVENT_ID, "#shard", OutboxIndex.SHARD))
				.expressionAttributeValues(Map.of(":until", AttributeValue.fromN(String.valueOf(until.toEpochMilli())),
						":now", AttributeValue.fromN(String.valueOf(now.toEpochMilli())), ":event",
						AttributeValue.fromS(event.entry().eventId()))));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	/**
	 * Gives up a claim on an entry that could not be sent, for the next pass to retry.
	 */
	void release(RecordedEvent event) {
		try {
			dynamoDb.updateItem(update -> update.tableName(event.table())
				.key(event.key())
				.updateExpression("REMOVE #claim")
				.conditionExpression("#event = :event")
				.expressionAttributeNames(Map.of("#claim", CLAIMED_UNTIL, "#event", EVENT_ID))
				.expressionAttributeValues(Map.of(":event", AttributeValue.fromS(event.entry().eventId()))));
		}
		catch (ConditionalCheckFailedException ex) {
			// Sent and marked by another relay meanwhile.
		}
	}

	/**
	 * The entry was sent: an item that announced its own change keeps the event id and
	 * the time it was sent and leaves the index; an entry of the outbox table goes.
	 */
	void sent(RecordedEvent event, Instant now) {
		String eventId = event.entry().eventId();
		try {
			if (event.table().equals(outboxTable)) {
				dynamoDb.deleteItem(delete -> delete.tableName(event.table())
					.key(event.key())
					.conditionExpression("#event = :event")
					.expressionAttributeNames(Map.of("#event", EVENT_ID))
					.expressionAttributeValues(Map.of(":event", AttributeValue.fromS(eventId))));
				return;
			}
			dynamoDb.updateItem(update -> update.tableName(event.table())
				.key(event.key())
				.updateExpression(MARK_SENT)
				.conditionExpression("#event = :event")
				.expressionAttributeNames(MARK_SENT_NAMES)
				.expressionAttributeValues(Map.of(":now", AttributeValue.fromS(SortableInstant.format(now)), ":event",
						AttributeValue.fromS(eventId))));
		}
		catch (ConditionalCheckFailedException ex) {
			// Another writer replaced the entry or a relay marked it already: nothing to
			// do.
		}
	}

	/**
	 * Marks many entries sent in one call per hundred (a transaction of conditional
	 * writes); when a condition fails, because a relay marked one meanwhile, marks them
	 * one by one.
	 */
	void sentAll(List<RecordedEvent> recorded, Instant now) {
		for (int start = 0; start < recorded.size(); start += WriteTransaction.MAX_ITEMS) {
			List<RecordedEvent> chunk = recorded.subList(start,
					Math.min(start + WriteTransaction.MAX_ITEMS, recorded.size()));
			if (chunk.size() == 1) {
				sent(chunk.getFirst(), now);
				continue;
			}
			try {
				dynamoDb.transactWriteItems(
						write -> write.transactItems(chunk.stream().map(event -> sentItem(event, now)).toList()));
			}
			catch (TransactionCanceledException ex) {
				chunk.forEach(event -> sent(event, now));
			}
		}
	}

	private TransactWriteItem sentItem(RecordedEvent event, Instant now) {
		if (event.table().equals(outboxTable)) {
			return TransactWriteItem.builder()
				.delete(Delete.builder()
					.tableName(event.table())
					.key(event.key())
					.conditionExpression("#event = :event")
					.expressionAttributeNames(Map.of("#event", EVENT_ID))
					.expressionAttributeValues(Map.of(":event", AttributeValue.fromS(event.entry().eventId())))
					.build())
				.build();
		}
		return TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(event.table())
				.key(event.key())
				.updateExpression(MARK_SENT)
				.conditionExpression("#event = :event")
				.expressionAttributeNames(MARK_SENT_NAMES)
				.expressionAttributeValues(Map.of(":now", AttributeValue.fromS(SortableInstant.format(now)), ":event",
						AttributeValue.fromS(event.entry().eventId())))
				.build())
			.build();
	}

	record Backlog(long waiting, Instant oldest) {

		static final Backlog EMPTY = new Backlog(0, null);

	}

}
