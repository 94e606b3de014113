package com.digitalbank.marketplace.purchase.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.marketplace.purchase.Purchase;
import com.digitalbank.marketplace.purchase.PurchaseId;
import com.digitalbank.marketplace.purchase.PurchasePage;
import com.digitalbank.marketplace.purchase.PurchaseProperties;
import com.digitalbank.marketplace.purchase.PurchaseStatus;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.PageCursor;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.resources.SortableInstant;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Purchases, one item each, listed per buyer newest first through an index. Besides the
 * purchase, the item holds its stock reservation's state ({@code RESERVED}, then
 * {@code RELEASED}), written in the transaction that moves the stock: a reservation is
 * taken at most once and given back at most once, and one released before it was taken (a
 * compensation overtaking a slow step) can never be taken afterwards.
 */
@Component
public class PurchaseStore {

	static final String PURCHASE = "purchaseId";

	static final String USER = "userId";

	static final String LISTED_AT = "listedAt";

	static final String BY_USER = "purchases-by-user";

	static final String RESERVATION = "reservation";

	private static final String RESERVED = "RESERVED";

	private static final String RELEASED = "RELEASED";

	private static final PageCursor CURSOR = PageCursor.of(PURCHASE, USER, LISTED_AT);

	private static final String NEVER_RESERVED = "attribute_exists(#id) AND attribute_not_exists(#reservation)";

	private static final Map<String, String> RESERVATION_NAMES = Map.of("#id", PURCHASE, "#reservation", RESERVATION);

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	PurchaseStore(DynamoDbClient dynamoDb, JsonItems items, PurchaseProperties properties) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = properties.table();
	}

	public Optional<Purchase> find(PurchaseId id) {
		return item(id).map(item -> items.fromItem(item, Purchase.class));
	}

	/** Whether the purchase's stock is reserved, released, or neither yet. */
	public Optional<String> reservation(PurchaseId id) {
		return item(id).map(item -> item.get(RESERVATION)).map(AttributeValue::s);
	}

	public PurchasePage page(String userId, int limit, String cursor) {
		Map<String, AttributeValue> start = CURSOR.decode(cursor, Map.of(USER, AttributeValue.fromS(userId)));
		QueryResponse response = dynamoDb.query(query -> query.tableName(table)
			.indexName(BY_USER)
			.keyConditionExpression("#user = :user")
			.expressionAttributeNames(Map.of("#user", USER))
			.expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId)))
			.scanIndexForward(false)
			.limit(limit + 1)
			.exclusiveStartKey(start));
		List<Purchase> found = new ArrayList<>(
				response.items().stream().map(item -> items.fromItem(item, Purchase.class)).toList());
		if (found.size() <= limit) {
			return new PurchasePage(found, null);
		}
		List<Purchase> page = found.subList(0, limit);
		return new PurchasePage(page, CURSOR.encode(keyOf(page.getLast())));
	}

	public void addNew(WriteTransaction transaction, Purchase purchase, Object tag) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(purchase));
		item.putAll(keyOf(purchase));
		transaction.add(TransactWriteItem.builder()
			.put(put -> put.tableName(table)
				.item(item)
				.conditionExpression("attribute_not_exists(#id)")
				.expressionAttributeNames(Map.of("#id", PURCHASE)))
			.build(), tag);
	}

	/** Fails the transaction unless the stock was neither reserved nor released yet. */
	public void addReservation(WriteTransaction transaction, PurchaseId id, Object tag) {
		transaction.add(update(id, "SET #reservation = :reserved", NEVER_RESERVED, RESERVATION_NAMES,
				Map.of(":reserved", s(RESERVED))), tag);
	}

	/** Fails the transaction unless the stock is reserved. */
	public void addRelease(WriteTransaction transaction, PurchaseId id, Object tag) {
		transaction.add(update(id, "SET #reservation = :released", "#reservation = :reserved",
				Map.of("#reservation", RESERVATION), Map.of(":released", s(RELEASED), ":reserved", s(RESERVED))), tag);
	}

	/**
	 * Marks a reservation never taken as released, so that it never will be; fails the
	 * transaction if it was taken meanwhile.
	 */
	public void addReleaseBeforeReservation(WriteTransaction transaction, PurchaseId id, Object tag) {
		transaction.add(update(id, "SET #reservation = :released", NEVER_RESERVED, RESERVATION_NAMES,
				Map.of(":released", s(RELEASED))), tag);
	}

	/** Where the purchase stands now, with the reason it failed if it did. */
	public void addStatus(WriteTransaction transaction, PurchaseId id, PurchaseStatus status, String failureReason,
			Instant now) {
		Map<String, String> names = new HashMap<>(
				Map.of("#id", PURCHASE, "#status", "status", "#updatedAt", "updatedAt"));
		Map<String, AttributeValue> values = new HashMap<>(
				Map.of(":status", s(status.name()), ":now", s(now.toString())));
		String expression = "SET #status = :status, #updatedAt = :now";
		if (failureReason != null) {
			names.put("#reason", "failureReason");
			values.put(":reason", s(failureReason));
			expression += ", #reason = :reason";
		}
		transaction.add(update(id, expression, "attribute_exists(#id)", names, values), null);
	}

	/** Fails the transaction if the buyer was told already. */
	public void addNotified(WriteTransaction transaction, PurchaseId id, Instant now, Object tag) {
		transaction
			.add(update(id, "SET #notifiedAt = :now", "attribute_exists(#id) AND attribute_not_exists(#notifiedAt)",
					Map.of("#id", PURCHASE, "#notifiedAt", "notifiedAt"), Map.of(":now", s(now.toString()))), tag);
	}

	/** DynamoDB refuses a name an expression does not use: each caller names its own. */
	private TransactWriteItem update(PurchaseId id, String expression, String condition, Map<String, String> names,
			Map<String, AttributeValue> values) {
		return TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(table)
				.key(Map.of(PURCHASE, s(id.value())))
				.updateExpression(expression)
				.conditionExpression(condition)
				.expressionAttributeNames(names)
				.expressionAttributeValues(values)
				.build())
			.build();
	}

	private Optional<Map<String, AttributeValue>> item(PurchaseId id) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table).key(Map.of(PURCHASE, s(id.value()))).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
	}

	private static Map<String, AttributeValue> keyOf(Purchase purchase) {
		return Map.of(PURCHASE, s(purchase.purchaseId().value()), USER, s(purchase.userId()), LISTED_AT,
				s(SortableInstant.format(purchase.createdAt()) + "#" + purchase.purchaseId().value()));
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

}
