package com.digitalbank.orders.order.persistence;

import java.time.Instant;
import java.util.Map;

import com.digitalbank.orders.order.TenantPartition;
import com.digitalbank.platform.resources.SortableInstant;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single-table key layout. The date index sorts on a fixed-width UTC timestamp
 * (micro- seconds) followed by the order id, so string order is time order and two orders
 * of the same instant still have distinct keys.
 */
public final class OrderKeys {

	public static final String PK = TenantPartition.PARTITION_KEY;

	public static final String SK = TenantPartition.SORT_KEY;

	public static final String GSI1PK = "GSI1PK";

	public static final String GSI1SK = "GSI1SK";

	public static final String ORDER_ID = "orderId";

	public static final String BY_DATE_INDEX = "OrdersByDateIndex";

	public static final String BY_ID_INDEX = "OrderByIdIndex";

	private OrderKeys() {
	}

	static String tenant(String tenantId) {
		return new TenantPartition(tenantId).key();
	}

	static String order(String orderId) {
		return "ORDER#" + orderId;
	}

	static String sortableTime(Instant instant) {
		return SortableInstant.format(instant);
	}

	static String byDate(Instant createdAt, String orderId) {
		return sortableTime(createdAt) + "#" + orderId;
	}

	static Map<String, AttributeValue> key(String tenantId, String orderId) {
		return Map.of(PK, AttributeValue.fromS(tenant(tenantId)), SK, AttributeValue.fromS(order(orderId)));
	}

}
