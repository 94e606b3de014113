package com.digitalbank.banking.markets.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.banking.markets.MarketAlert;
import com.digitalbank.banking.markets.MarketProperties;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.resources.SortableInstant;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The {@code market-alerts} table: PK symbol, SK the tick's timestamp (fixed width, UTC).
 */
@Component
public class AlertStore {

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	AlertStore(DynamoDbClient dynamoDb, JsonItems items, MarketProperties properties) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = properties.table();
	}

	/** True when this tick's alert was not stored before. */
	public boolean recordIfNew(MarketAlert alert) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(alert));
		// The sort key: the tick's own time, in a fixed width that sorts.
		item.putAll(key(alert));
		item.put("published", AttributeValue.fromBool(false));
		try {
			dynamoDb
				.putItem(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(symbol)"));
			return true;
		}
		catch (ConditionalCheckFailedException duplicate) {
			return false;
		}
	}

	public boolean isPublished(MarketAlert alert) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table).key(key(alert)).consistentRead(true))
			.item();
		return item != null && item.containsKey("published") && item.get("published").bool();
	}

	public void markPublished(MarketAlert alert) {
		dynamoDb.updateItem(update -> update.tableName(table)
			.key(key(alert))
			.updateExpression("SET published = :yes")
			.expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
	}

	public List<MarketAlert> recent(String symbol, Instant from, int limit) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":symbol", AttributeValue.fromS(symbol));
		String condition = "symbol = :symbol";
		if (from != null) {
			condition += " AND #ts >= :from";
			values.put(":from", AttributeValue.fromS(SortableInstant.format(from)));
		}
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression(condition)
			.expressionAttributeValues(values)
			.scanIndexForward(false)
			.limit(limit);
		if (from != null) {
			request.expressionAttributeNames(Map.of("#ts", "timestamp"));
		}
		return dynamoDb.query(request.build())
			.items()
			.stream()
			.map(item -> items.fromItem(item, MarketAlert.class))
			.toList();
	}

	private static Map<String, AttributeValue> key(MarketAlert alert) {
		return Map.of("symbol", AttributeValue.fromS(alert.symbol()), "timestamp",
				AttributeValue.fromS(SortableInstant.format(alert.timestamp())));
	}

}
