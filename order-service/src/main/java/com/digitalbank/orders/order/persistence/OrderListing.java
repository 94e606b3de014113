package com.digitalbank.orders.order.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.digitalbank.orders.order.InvalidStartAtException;
import com.digitalbank.orders.order.OrderPage;
import com.digitalbank.orders.order.OrderQuery;
import com.digitalbank.orders.order.OrderStatus;
import com.digitalbank.orders.order.OrderSummary;
import com.digitalbank.orders.order.OrdersProperties;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A tenant's orders newest first, from {@code OrdersByDateIndex}. A page asks for one
 * order more than it returns, so {@code moreAvailable} is exact and the last page never
 * comes back empty; with a status filter it reads on until the page is full.
 * {@code startAt} is the index sort key of the page's last order, which only positions a
 * query inside the caller's own partition.
 */
@Component
public class OrderListing {

	private static final Pattern SORT_KEY = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z#[0-9a-f-]{36}");

	// Every attribute by alias: several of these names are DynamoDB reserved words.
	private static final Map<String, String> SUMMARY_NAMES = Map.of("#orderId", "orderId", "#orderNumber",
			"orderNumber", "#status", "status", "#customer", "customer", "#name", "name", "#itemCount", "itemCount",
			"#total", "total", "#currency", "currency", "#createdAt", "createdAt", "#version", "version");

	private static final String SUMMARY_ATTRIBUTES = "#orderId, #orderNumber, #status, #customer.#name, #itemCount, "
			+ "#total, #currency, #createdAt, #version, GSI1SK";

	private final DynamoDbClient dynamoDb;

	private final String table;

	OrderListing(DynamoDbClient dynamoDb, OrdersProperties properties) {
		this.dynamoDb = dynamoDb;
		this.table = properties.table();
	}

	public OrderPage list(String tenantId, OrderQuery query) {
		List<Map<String, AttributeValue>> found = new ArrayList<>();
		Map<String, AttributeValue> startKey = query.startAt() == null ? null : startKey(tenantId, query.startAt());
		do {
			QueryResponse response = dynamoDb.query(request(tenantId, query, startKey));
			found.addAll(response.items());
			startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
					? response.lastEvaluatedKey() : null;
		}
		while (found.size() <= query.pageSize() && startKey != null);
		boolean more = found.size() > query.pageSize();
		List<Map<String, AttributeValue>> page = more ? found.subList(0, query.pageSize()) : found;
		String next = more ? encode(page.getLast().get(OrderKeys.GSI1SK).s()) : null;
		return new OrderPage(page.stream().map(OrderListing::summary).toList(), more, next);
	}

	private QueryRequest request(String tenantId, OrderQuery query, Map<String, AttributeValue> startKey) {
		Map<String, AttributeValue> values = new HashMap<>();
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(table)
			.indexName(OrderKeys.BY_DATE_INDEX)
			.keyConditionExpression(keyCondition(tenantId, query, values))
			.scanIndexForward(false)
			.limit(query.pageSize() + 1)
			.projectionExpression(SUMMARY_ATTRIBUTES)
			.exclusiveStartKey(startKey);
		if (query.status() != null) {
			request.filterExpression("#status = :status");
			values.put(":status", AttributeValue.fromS(query.status().name()));
		}
		return request.expressionAttributeNames(SUMMARY_NAMES).expressionAttributeValues(values).build();
	}

	/**
	 * The tenant's partition, narrowed on the index's sort key when a date range is asked
	 * for.
	 */
	private static String keyCondition(String tenantId, OrderQuery query, Map<String, AttributeValue> values) {
		values.put(":tenant", AttributeValue.fromS(OrderKeys.tenant(tenantId)));
		if (query.from() != null) {
			values.put(":from", AttributeValue.fromS(OrderKeys.sortableTime(query.from())));
		}
		if (query.to() != null) {
			// '~' sorts after '#' and every id character: all orders of the last instant
			// are in.
			values.put(":to", AttributeValue.fromS(OrderKeys.sortableTime(query.to()) + "~"));
		}
		if (query.from() != null && query.to() != null) {
			return "GSI1PK = :tenant AND GSI1SK BETWEEN :from AND :to";
		}
		if (query.from() != null) {
			return "GSI1PK = :tenant AND GSI1SK >= :from";
		}
		return query.to() != null ? "GSI1PK = :tenant AND GSI1SK <= :to" : "GSI1PK = :tenant";
	}

	private static Map<String, AttributeValue> startKey(String tenantId, String startAt) {
		String sortKey = decode(startAt);
		String orderId = sortKey.substring(sortKey.indexOf('#') + 1);
		return Map.of(OrderKeys.GSI1PK, AttributeValue.fromS(OrderKeys.tenant(tenantId)), OrderKeys.GSI1SK,
				AttributeValue.fromS(sortKey), OrderKeys.PK, AttributeValue.fromS(OrderKeys.tenant(tenantId)),
				OrderKeys.SK, AttributeValue.fromS(OrderKeys.order(orderId)));
	}

	private static String encode(String sortKey) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String startAt) {
		try {
			String sortKey = new String(Base64.getUrlDecoder().decode(startAt), StandardCharsets.UTF_8);
			if (SORT_KEY.matcher(sortKey).matches()) {
				return sortKey;
			}
		}
		catch (IllegalArgumentException ex) {
			// Not base64: reported below like any other foreign value.
		}
		throw new InvalidStartAtException();
	}

	private static OrderSummary summary(Map<String, AttributeValue> item) {
		return new OrderSummary(item.get("orderId").s(), item.get("orderNumber").s(),
				OrderStatus.valueOf(item.get("status").s()), item.get("customer").m().get("name").s(),
				Integer.parseInt(item.get("itemCount").n()), new BigDecimal(item.get("total").n()),
				item.get("currency").s(), Instant.parse(item.get("createdAt").s()),
				Long.parseLong(item.get("version").n()));
	}

}
