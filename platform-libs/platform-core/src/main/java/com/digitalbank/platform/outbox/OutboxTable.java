package com.digitalbank.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.messaging.PreparedEvent;
import com.digitalbank.platform.resources.SortableInstant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Outbox records as DynamoDB items, and the conditional writes the writers and relays
 * make on them. A record is one item however many events it holds, so an outbox costs a
 * transaction one item and its sender one delete.
 */
class OutboxTable {

	/** DynamoDB items hold 400 KB; keep well below it. */
	static final int MAX_RECORD_BYTES = 300_000;

	private static final String EVENT_COUNT = "eventCount";

	private static final String EVENTS = "events";

	private static final String CLAIMED_UNTIL = "claimedUntil";

	private final DynamoDbClient dynamoDb;

	private final String table;

	private final int shards;

	OutboxTable(DynamoDbClient dynamoDb, String table, int shards) {
		this.dynamoDb = dynamoDb;
		this.table = table;
		this.shards = shards;
	}

	String name() {
		return table;
	}

	int shards() {
		return shards;
	}

	/**
	 * The record as an item of the caller's transaction, on the condition that it is new.
	 */
	OutboxRecord addTo(WriteTransaction transaction, List<OutboxEntry> entries, Object tag) {
		OutboxRecord record = new OutboxRecord(UUID.randomUUID().toString(), entries);
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(OutboxIndex.RECORD_ID, AttributeValue.fromS(record.recordId()));
		item.put(OutboxIndex.SHARD,
				AttributeValue.fromS(String.valueOf(Math.floorMod(record.recordId().hashCode(), shards))));
		item.put(OutboxIndex.RECORDED_AT, AttributeValue.fromS(SortableInstant.format(recordedAt(entries))));
		item.put(EVENT_COUNT, AttributeValue.fromN(String.valueOf(entries.size())));
		item.put(EVENTS, events(entries));
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(table)
				.item(item)
				.conditionExpression("attribute_not_exists(#id)")
				.expressionAttributeNames(Map.of("#id", OutboxIndex.RECORD_ID))
				.build())
			.build(), tag);
		return record;
	}

	private static Instant recordedAt(List<OutboxEntry> entries) {
		return entries.stream().map(OutboxEntry::recordedAt).min(Instant::compareTo).orElseThrow();
	}

	private static AttributeValue events(List<OutboxEntry> entries) {
		int bytes = 0;
		List<AttributeValue> events = new ArrayList<>();
		for (OutboxEntry entry : entries) {
			PreparedEvent event = entry.event();
			bytes += event.body().length() + 200;
			Map<String, AttributeValue> attributes = new HashMap<>();
			event.attributes().forEach((name, value) -> attributes.put(name, AttributeValue.fromS(value)));
			Map<String, AttributeValue> stored = new HashMap<>();
			stored.put("eventId", AttributeValue.fromS(event.eventId()));
			stored.put("eventType", AttributeValue.fromS(event.eventType()));
			stored.put("queue", AttributeValue.fromS(entry.queue()));
			stored.put("body", AttributeValue.fromS(event.body()));
			stored.put("attributes", AttributeValue.fromM(attributes));
			stored.put("recordedAt", AttributeValue.fromS(SortableInstant.format(entry.recordedAt())));
			if (event.groupId() != null) {
				stored.put("groupId", AttributeValue.fromS(event.groupId()));
			}
			events.add(AttributeValue.fromM(stored));
		}
		if (bytes > MAX_RECORD_BYTES) {
			throw new IllegalArgumentException("An outbox record holds at most " + MAX_RECORD_BYTES
					+ " bytes of events; record these " + entries.size() + " events in several transactions");
		}
		return AttributeValue.fromL(events);
	}

	private static OutboxRecord record(Map<String, AttributeValue> item) {
		List<OutboxEntry> entries = item.get(EVENTS).l().stream().map(value -> {
			Map<String, AttributeValue> stored = value.m();
			Map<String, String> attributes = new HashMap<>();
			stored.get("attributes").m().forEach((name, attribute) -> attributes.put(name, attribute.s()));
			String groupId = stored.containsKey("groupId") ? stored.get("groupId").s() : null;
			PreparedEvent event = new PreparedEvent(stored.get("eventId").s(), stored.get("eventType").s(),
					stored.get("body").s(), attributes, groupId);
			return new OutboxEntry(stored.get("queue").s(), event, SortableInstant.parse(stored.get("recordedAt").s()));
		}).toList();
		return new OutboxRecord(item.get(OutboxIndex.RECORD_ID).s(), entries);
	}

	/** Records of one shard committed before {@code cutoff}, oldest first. */
	List<OutboxRecord> due(int shard, Instant cutoff, int limit) {
		return dynamoDb
			.query(byAge().keyConditionExpression("#shard = :shard AND #at <= :cutoff")
				.expressionAttributeNames(Map.of("#shard", OutboxIndex.SHARD, "#at", OutboxIndex.RECORDED_AT))
				.expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(String.valueOf(shard)), ":cutoff",
						AttributeValue.fromS(SortableInstant.format(cutoff))))
				.limit(limit)
				.build())
			.items()
			.stream()
			.map(OutboxTable::record)
			.toList();
	}

	/** How many events of one shard wait, and since when the oldest. */
	Backlog backlog(int shard) {
		long waiting = 0;
		Instant oldest = null;
		for (var page : dynamoDb.queryPaginator(byAge().keyConditionExpression("#shard = :shard")
			.expressionAttributeNames(
					Map.of("#shard", OutboxIndex.SHARD, "#at", OutboxIndex.RECORDED_AT, "#count", EVENT_COUNT))
			.expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(String.valueOf(shard))))
			.projectionExpression("#at, #count")
			.build())) {
			for (Map<String, AttributeValue> item : page.items()) {
				waiting += Long.parseLong(item.get(EVENT_COUNT).n());
				if (oldest == null) {
					oldest = SortableInstant.parse(item.get(OutboxIndex.RECORDED_AT).s());
				}
			}
		}
		return new Backlog(waiting, oldest);
	}

	private QueryRequest.Builder byAge() {
		return QueryRequest.builder().tableName(table).indexName(OutboxIndex.NAME).scanIndexForward(true);
	}

	/**
	 * Takes the record for one relay until {@code until}, unless another holds it or it
	 * was sent meanwhile.
	 */
	boolean claim(OutboxRecord record, Instant now, Instant until) {
		try {
			dynamoDb.updateItem(update -> update.tableName(table)
				.key(key(record))
				.updateExpression("SET #claim = :until")
				.conditionExpression("attribute_exists(#id) AND (attribute_not_exists(#claim) OR #claim < :now)")
				.expressionAttributeNames(Map.of("#claim", CLAIMED_UNTIL, "#id", OutboxIndex.RECORD_ID))
				.expressionAttributeValues(Map.of(":until", AttributeValue.fromN(String.valueOf(until.toEpochMilli())),
						":now", AttributeValue.fromN(String.valueOf(now.toEpochMilli())))));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	/** Every event of the record went out. */
	void sent(OutboxRecord record) {
		dynamoDb.deleteItem(delete -> delete.tableName(table).key(key(record)));
	}

	/**
	 * Some events of the record went out: it keeps the others, unclaimed, for the next
	 * pass.
	 */
	void keepOnly(OutboxRecord record, List<OutboxEntry> unsent) {
		try {
			dynamoDb.updateItem(update -> update.tableName(table)
				.key(key(record))
				.updateExpression("SET #events = :events, #count = :count REMOVE #claim")
				.conditionExpression("attribute_exists(#id)")
				.expressionAttributeNames(Map.of("#events", EVENTS, "#count", EVENT_COUNT, "#claim", CLAIMED_UNTIL,
						"#id", OutboxIndex.RECORD_ID))
				.expressionAttributeValues(Map.of(":events", events(unsent), ":count",
						AttributeValue.fromN(String.valueOf(unsent.size())))));
		}
		catch (ConditionalCheckFailedException ex) {
			// Sent and deleted by another relay meanwhile.
		}
	}

	private static Map<String, AttributeValue> key(OutboxRecord record) {
		return Map.of(OutboxIndex.RECORD_ID, AttributeValue.fromS(record.recordId()));
	}

	record Backlog(long waiting, Instant oldest) {

		static final Backlog EMPTY = new Backlog(0, null);

	}

}
