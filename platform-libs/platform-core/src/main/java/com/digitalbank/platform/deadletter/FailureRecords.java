package com.digitalbank.platform.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The failure that sent each message to its dead-letter queue, by SQS message id (a
 * message keeps its id when SQS moves it to the dead-letter queue), in a DynamoDB table
 * every instance of every service writes to and reads from. Entries expire by TTL after
 * the longest time SQS can keep the message.
 */
class FailureRecords {

	static final String MESSAGE_ID = "messageId";

	static final String EXPIRES_AT = "expiresAt";

	/** DynamoDB reads at most 100 keys per batch. */
	private static final int BATCH = 100;

	private final DynamoDbClient dynamoDb;

	private final DeadLetterProperties properties;

	private final Clock clock;

	FailureRecords(DynamoDbClient dynamoDb, DeadLetterProperties properties, Clock clock) {
		this.dynamoDb = dynamoDb;
		this.properties = properties;
		this.clock = clock;
	}

	void record(String messageId, String queue, MessageFailure failure) {
		Instant expiresAt = clock.instant().plus(properties.failureRetention());
		dynamoDb.putItem(put -> put.tableName(properties.failuresTable())
			.item(Map.of(MESSAGE_ID, AttributeValue.fromS(messageId), "queue", AttributeValue.fromS(queue), "exception",
					AttributeValue.fromS(failure.exception()), "message", AttributeValue.fromS(failure.message()),
					"receiveCount", AttributeValue.fromN(String.valueOf(failure.receiveCount())), "failedAt",
					AttributeValue.fromS(failure.failedAt().toString()), EXPIRES_AT,
					AttributeValue.fromN(String.valueOf(expiresAt.getEpochSecond())))));
	}

	/** The failures known for these message ids; an id without one is left out. */
	Map<String, MessageFailure> find(Collection<String> messageIds) {
		Map<String, MessageFailure> found = new HashMap<>();
		List<String> ids = List.copyOf(messageIds);
		for (int start = 0; start < ids.size(); start += BATCH) {
			List<Map<String, AttributeValue>> keys = new ArrayList<>();
			ids.subList(start, Math.min(start + BATCH, ids.size()))
				.forEach(id -> keys.add(Map.of(MESSAGE_ID, AttributeValue.fromS(id))));
			read(Map.of(properties.failuresTable(), KeysAndAttributes.builder().keys(keys).build()), found);
		}
		return found;
	}

	private void read(Map<String, KeysAndAttributes> request, Map<String, MessageFailure> found) {
		Map<String, KeysAndAttributes> pending = request;
		// A few rounds for keys DynamoDB leaves unprocessed under load; what is still
		// unread then is reported as unknown, which the listing allows.
		for (int round = 0; round < 3 && !pending.isEmpty(); round++) {
			Map<String, KeysAndAttributes> keys = pending;
			var response = dynamoDb.batchGetItem(get -> get.requestItems(keys));
			Instant now = clock.instant();
			response.responses()
				.getOrDefault(properties.failuresTable(), List.of())
				.stream()
				.filter(item -> Long.parseLong(item.get(EXPIRES_AT).n()) > now.getEpochSecond())
				.forEach(item -> found.put(item.get(MESSAGE_ID).s(), failure(item)));
			pending = response.unprocessedKeys();
		}
	}

	private static MessageFailure failure(Map<String, AttributeValue> item) {
		return new MessageFailure(item.get("exception").s(), item.get("message").s(),
				Integer.parseInt(item.get("receiveCount").n()), Instant.parse(item.get("failedAt").s()));
	}

}
