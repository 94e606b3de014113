package com.digitalbank.banking.markets.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.banking.markets.MarketAlert;
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

	public static final String TABLE = "market-alerts";

	private final DynamoDbClient dynamoDb;

	AlertStore(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	/** True when this tick's alert was not stored before. */
	public boolean recordIfNew(MarketAlert alert) {
		Map<String, AttributeValue> item = new HashMap<>(key(alert));
		item.put("price", AttributeValue.fromN(alert.price().toPlainString()));
		item.put("direction", AttributeValue.fromS(alert.direction().name()));
		item.put("threshold", AttributeValue.fromN(alert.threshold().toPlainString()));
		item.put("tickTime", AttributeValue.fromS(alert.timestamp().toString()));
		item.put("published", AttributeValue.fromBool(false));
		try {
			dynamoDb
				.putItem(put -> put.tableName(TABLE).item(item).conditionExpression("attribute_not_exists(symbol)"));
			return true;
		}
		catch (ConditionalCheckFailedException duplicate) {
			return false;
		}
	}

	public boolean isPublished(MarketAlert alert) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(TABLE).key(key(alert)).consistentRead(true))
			.item();
		return item != null && item.containsKey("published") && item.get("published").bool();
	}

	public void markPublished(MarketAlert alert) {
		dynamoDb.updateItem(update -> update.tableName(TABLE)
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
			.tableName(TABLE)
			.keyConditionExpression(condition)
			.expressionAttributeValues(values)
			.scanIndexForward(false)
			.limit(limit);
		if (from != null) {
			request.expressionAttributeNames(Map.of("#ts", "timestamp"));
		}
		return dynamoDb.query(request.build()).items().stream().map(AlertStore::fromItem).toList();
	}

	private static Map<String, AttributeValue> key(MarketAlert alert) {
		return Map.of("symbol", AttributeValue.fromS(alert.symbol()), "timestamp",
				AttributeValue.fromS(SortableInstant.format(alert.timestamp())));
	}

	private static MarketAlert fromItem(Map<String, AttributeValue> item) {
		return new MarketAlert(item.get("symbol").s(), new BigDecimal(item.get("price").n()),
				Instant.parse(item.get("tickTime").s()), MarketAlert.Direction.valueOf(item.get("direction").s()),
				new BigDecimal(item.get("threshold").n()));
	}

}
