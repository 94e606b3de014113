package com.digitalbank.orders.order.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.orders.order.OrderPage;
import com.digitalbank.orders.order.OrderQuery;
import com.digitalbank.orders.order.OrderStatus;
import com.digitalbank.orders.order.OrderSummary;
import com.digitalbank.orders.order.OrdersProperties;
import com.digitalbank.platform.dynamodb.InvalidCursorException;
import com.digitalbank.platform.dynamodb.PageCursor;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A tenant's orders newest first, from {@code OrdersByDateIndex}. A page asks for one
 * order more than it returns, so {@code moreAvailable} is exact and the last page never
 * comes back empty; with a status filter it reads on until the page is full.
 * {@code startAt} is the platform's opaque cursor over the index key of the page's last
 * order; one from another tenant's list is refused.
 */
@Component
public class OrderListing {

	// The index's last evaluated key: its own keys and the table's.
	private static final PageCursor CURSOR = PageCursor.of(OrderKeys.GSI1PK, OrderKeys.GSI1SK, OrderKeys.PK,
			OrderKeys.SK);

	// Every attribute by alias: several of these names are DynamoDB reserved words.
	private static final Map<String, String> SUMMARY_NAMES = Map.of("#orderId", "orderId", "#orderNumber",
			"orderNumber", "#status", "status", "#customer", "customer", "#name", "name", "#itemCount", "itemCount",
			"#total", "total", "#currency", "currency", "#createdAt", "createdAt", "#version", "version");

	private static final String SUMMARY_ATTRIBUTES = "#orderId, #orderNumber, #status, #customer.#name, #itemCount, "
			+ "#total, #currency, #createdAt, #version, GSI1PK, GSI1SK, PK, SK";

	private final DynamoDbClient dynamoDb;

	private final String table;

	OrderListing(DynamoDbClient dynamoDb, OrdersProperties properties) {
		this.dynamoDb = dynamoDb;
		this.table = properties.table();
	}

	public OrderPage list(String tenantId, OrderQuery query) {
		List<Map<String, AttributeValue>> found = new ArrayList<>();
		Map<String, AttributeValue> startKey = startKey(tenantId, query);
		do {
			QueryResponse response = dynamoDb.query(request(tenantId, query, startKey));
			found.addAll(response.items());
			startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
					? response.lastEvaluatedKey() : null;
		}
		while (found.size() <= query.pageSize() && startKey != null);
		boolean more = found.size() > query.pageSize();
		List<Map<String, AttributeValue>> page = more ? found.subList(0, query.pageSize()) : found;
		String next = more ? CURSOR.encode(page.getLast()) : null;
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
			values.put(":to", AttributeValue.fromS(upperBound(query.to())));
		}
		if (query.from() != null && query.to() != null) {
			return "GSI1PK = :tenant AND GSI1SK BETWEEN :from AND :to";
		}
		if (query.from() != null) {
			return "GSI1PK = :tenant AND GSI1SK >= :from";
		}
		return query.to() != null ? "GSI1PK = :tenant AND GSI1SK <= :to" : "GSI1PK = :tenant";
	}

	/**
	 * Where the page starts: a cursor of this tenant's list whose order lies within the
	 * query's dates (DynamoDB refuses a start key outside its key condition).
	 */
	private static Map<String, AttributeValue> startKey(String tenantId, OrderQuery query) {
		AttributeValue tenant = AttributeValue.fromS(OrderKeys.tenant(tenantId));
		Map<String, AttributeValue> start = CURSOR.decode(query.startAt(),
				Map.of(OrderKeys.GSI1PK, tenant, OrderKeys.PK, tenant));
		if (start != null) {
			String sortKey = start.get(OrderKeys.GSI1SK).s();
			if ((query.from() != null && sortKey.compareTo(OrderKeys.sortableTime(query.from())) < 0)
					|| (query.to() != null && sortKey.compareTo(upperBound(query.to())) > 0)) {
				throw new InvalidCursorException();
			}
		}
		return start;
	}

	/**
	 * '~' sorts after '#' and every id character: all orders of the last instant are in.
	 */
	private static String upperBound(Instant to) {
		return OrderKeys.sortableTime(to) + "~";
	}

	private static OrderSummary summary(Map<String, AttributeValue> item) {
		return new OrderSummary(item.get("orderId").s(), item.get("orderNumber").s(),
				OrderStatus.valueOf(item.get("status").s()), item.get("customer").m().get("name").s(),
				Integer.parseInt(item.get("itemCount").n()), new BigDecimal(item.get("total").n()),
				item.get("currency").s(), Instant.parse(item.get("createdAt").s()),
				Long.parseLong(item.get("version").n()));
	}

}
