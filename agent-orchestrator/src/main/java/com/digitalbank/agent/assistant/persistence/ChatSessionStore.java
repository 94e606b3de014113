package com.digitalbank.agent.assistant.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.agent.assistant.AssistantProperties;
import com.digitalbank.agent.assistant.ChatSession;
import com.digitalbank.platform.dynamodb.JsonItems;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A session is one item, read strongly consistent and replaced under an optimistic lock
 * on {@code version}: the lock is what lets only one of two racing confirmations take the
 * pending action.
 */
@Component
public class ChatSessionStore {

	static final String KEY = "sessionId";

	static final String TTL = "ttl";

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	ChatSessionStore(DynamoDbClient dynamoDb, JsonItems items, AssistantProperties properties) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = properties.table();
	}

	public void create(ChatSession session) {
		dynamoDb.putItem(put -> put.tableName(table)
			.item(item(session))
			.conditionExpression("attribute_not_exists(#key)")
			.expressionAttributeNames(Map.of("#key", KEY)));
	}

	public Optional<ChatSession> find(String sessionId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table).key(Map.of(KEY, AttributeValue.fromS(sessionId))).consistentRead(true))
			.item();
		if (item == null || item.isEmpty()) {
			return Optional.empty();
		}
		Map<String, AttributeValue> fields = new HashMap<>(item);
		fields.remove(TTL);
		return Optional.of(items.fromItem(fields, ChatSession.class));
	}

	/** Replaces {@code before} by {@code after}; false when another write came first. */
	public boolean update(ChatSession before, ChatSession after) {
		try {
			dynamoDb.putItem(put -> put.tableName(table)
				.item(item(after))
				.conditionExpression("#version = :version")
				.expressionAttributeNames(Map.of("#version", "version"))
				.expressionAttributeValues(Map.of(":version", AttributeValue.fromN(Long.toString(before.version())))));
			return true;
		}
		catch (ConditionalCheckFailedException concurrent) {
			return false;
		}
	}

	private Map<String, AttributeValue> item(ChatSession session) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(session));
		item.put(TTL, AttributeValue.fromN(Long.toString(session.expiresAt().getEpochSecond())));
		return item;
	}

}
