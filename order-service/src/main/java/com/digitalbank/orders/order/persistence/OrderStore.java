package com.digitalbank.orders.order.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderVersionMismatchException;
import com.digitalbank.orders.order.OrdersProperties;
import com.digitalbank.platform.dynamodb.ConflictRetry;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Writes and reads orders. Every write is conditional: the record writer's put succeeds
 * once (a redelivered message finds the order there) and a status change only applies to
 * the version the caller read. What the pipeline's steps claim on an order is in
 * {@link OrderClaims}.
 */
@Component
public class OrderStore {

	private static final ConflictRetry STATUS_RETRY = new ConflictRetry(5);

	private final DynamoDbClient dynamoDb;

	private final OrderWriter writer;

	private final JsonItems items;

	private final String table;

	OrderStore(DynamoDbClient dynamoDb, OrderWriter writer, JsonItems items, OrdersProperties properties) {
		this.dynamoDb = dynamoDb;
		this.writer = writer;
		this.items = items;
		this.table = properties.table();
	}

	/**
	 * Stores a new order; false when it was stored before (a redelivery), which is fine.
	 * The record writer's puts of concurrent messages are written together.
	 */
	public boolean insert(Order order) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(order));
		item.putAll(OrderKeys.key(order.tenantId(), order.orderId()));
		item.put(OrderKeys.GSI1PK, AttributeValue.fromS(OrderKeys.tenant(order.tenantId())));
		item.put(OrderKeys.GSI1SK, AttributeValue.fromS(OrderKeys.byDate(order.createdAt(), order.orderId())));
		item.put("itemCount", AttributeValue.fromN(String.valueOf(order.itemCount())));
		return writer.put(Put.builder()
			.tableName(table)
			.item(item)
			.conditionExpression("attribute_not_exists(PK)")
			.build()) instanceof WriteOutcome.Applied;
	}

	/**
	 * The order, read strongly consistent so that a client sees its own change at once.
	 */
	public Optional<Order> find(String tenantId, String orderId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table).key(OrderKeys.key(tenantId, orderId)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(items.fromItem(item, Order.class));
	}

	/**
	 * Saves a status change made on {@code changed}, only if the stored order is still at
	 * the version before it. Only the fields a status change touches are written, so the
	 * pipeline's own updates (the invoice key) are never overwritten.
	 */
	public Order saveStatus(Order changed, long expectedVersion) {
		try {
			// The order writer's transaction may hold the item for a moment (a claim, a
			// mark): nothing was written, and the change does not depend on it.
			return STATUS_RETRY.call(() -> updateStatus(changed, expectedVersion));
		}
		catch (TransactionConflictException ex) {
			throw new BusinessException(ErrorKind.CONFLICT, "ORDER_BUSY",
					"Order " + changed.orderId() + " is being processed; try again in a moment.");
		}
	}

	private Order updateStatus(Order changed, long expectedVersion) {
		try {
			Map<String, AttributeValue> updated = dynamoDb
				.updateItem(update -> update.tableName(table)
					.key(OrderKeys.key(changed.tenantId(), changed.orderId()))
					.updateExpression("SET #status = :status, #updatedAt = :updatedAt, #version = :version, "
							+ "#history = :history")
					.conditionExpression("attribute_exists(PK) AND #version = :expected")
					.expressionAttributeNames(Map.of("#status", "status", "#updatedAt", "updatedAt", "#version",
							"version", "#history", "statusHistory"))
					.expressionAttributeValues(Map.of(":status", AttributeValue.fromS(changed.status().name()),
							":updatedAt", items.toAttribute(changed.updatedAt()), ":version",
							AttributeValue.fromN(String.valueOf(changed.version())), ":history",
							items.toAttribute(changed.statusHistory()), ":expected",
							AttributeValue.fromN(String.valueOf(expectedVersion))))
					.returnValues(ReturnValue.ALL_NEW))
				.attributes();
			return items.fromItem(updated, Order.class);
		}
		catch (ConditionalCheckFailedException ex) {
			throw new OrderVersionMismatchException(changed.orderId(), expectedVersion);
		}
	}

}
