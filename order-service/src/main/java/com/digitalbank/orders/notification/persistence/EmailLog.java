package com.digitalbank.orders.notification.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.digitalbank.orders.notification.EmailKind;
import com.digitalbank.orders.order.OrdersProperties;
import com.digitalbank.orders.order.TenantPartition;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One marker per order and e-mail kind ({@code PK=TENANT#t, SK=EMAIL#<orderId>#<KIND>}),
 * claimed by a conditional put before the e-mail is sent: a second delivery finds it and
 * sends nothing. A failed send deletes its claim so a retry can send; a claim whose
 * sender died ages out.
 * <p>
 * A marker carries {@value #EXPIRES_AT} (epoch seconds), the orders table's TTL
 * attribute: DynamoDB deletes it {@link #RETENTION} after the claim. By then no duplicate
 * delivery can arrive, because SQS keeps a message 14 days at most.
 */
@Component
public class EmailLog {

	/** The orders table's TTL attribute; only these markers carry it. */
	public static final String EXPIRES_AT = "expiresAt";

	static final Duration RETENTION = Duration.ofDays(14);

	private static final String CLAIMED = "CLAIMED";

	private static final String SENT = "SENT";

	private static final Map<String, String> NAMES = Map.of("#state", "state", "#at", "claimedAt");

	private final DynamoDbClient dynamoDb;

	private final String table;

	EmailLog(DynamoDbClient dynamoDb, OrdersProperties properties) {
		this.dynamoDb = dynamoDb;
		this.table = properties.table();
	}

	/**
	 * True when this caller may send the e-mail; false when it was sent or is being sent.
	 */
	public boolean claim(String tenantId, String orderId, EmailKind kind, Instant now, Instant staleBefore) {
		Map<String, AttributeValue> item = Map.of(TenantPartition.PARTITION_KEY, partition(tenantId),
				TenantPartition.SORT_KEY, AttributeValue.fromS(sortKey(orderId, kind)), "state",
				AttributeValue.fromS(CLAIMED), "claimedAt", millis(now), "kind", AttributeValue.fromS(kind.name()),
				EXPIRES_AT, AttributeValue.fromN(String.valueOf(now.plus(RETENTION).getEpochSecond())));
		Map<String, AttributeValue> values = Map.of(":claimed", AttributeValue.fromS(CLAIMED), ":stale",
				millis(staleBefore));
		try {
			dynamoDb.putItem(put -> put.tableName(table)
				.item(item)
				.conditionExpression("attribute_not_exists(" + TenantPartition.PARTITION_KEY
						+ ") OR (#state = :claimed AND #at < :stale)")
				.expressionAttributeNames(NAMES)
				.expressionAttributeValues(values));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	public void markSent(String tenantId, String orderId, EmailKind kind, Instant now) {
		dynamoDb.updateItem(update -> update.tableName(table)
			.key(key(tenantId, orderId, kind))
			.updateExpression("SET #state = :sent, sentAt = :now")
			.expressionAttributeNames(Map.of("#state", "state"))
			.expressionAttributeValues(Map.of(":sent", AttributeValue.fromS(SENT), ":now", millis(now))));
	}

	/** Gives the claim back after a failed send; an e-mail marked sent stays sent. */
	public void release(String tenantId, String orderId, EmailKind kind) {
		try {
			dynamoDb.deleteItem(delete -> delete.tableName(table)
				.key(key(tenantId, orderId, kind))
				.conditionExpression("#state = :claimed")
				.expressionAttributeNames(Map.of("#state", "state"))
				.expressionAttributeValues(Map.of(":claimed", AttributeValue.fromS(CLAIMED))));
		}
		catch (ConditionalCheckFailedException ex) {
			// Already sent or already released.
		}
	}

	private static Map<String, AttributeValue> key(String tenantId, String orderId, EmailKind kind) {
		return Map.of(TenantPartition.PARTITION_KEY, partition(tenantId), TenantPartition.SORT_KEY,
				AttributeValue.fromS(sortKey(orderId, kind)));
	}

	private static AttributeValue partition(String tenantId) {
		return AttributeValue.fromS(new TenantPartition(tenantId).key());
	}

	private static String sortKey(String orderId, EmailKind kind) {
		return "EMAIL#" + orderId + "#" + kind.name();
	}

	private static AttributeValue millis(Instant instant) {
		return AttributeValue.fromN(String.valueOf(instant.toEpochMilli()));
	}

}
