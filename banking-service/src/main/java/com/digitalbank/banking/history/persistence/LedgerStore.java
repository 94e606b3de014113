package com.digitalbank.banking.history.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.banking.history.HistoryPage;
import com.digitalbank.banking.history.HistoryQuery;
import com.digitalbank.banking.history.LedgerEntry;
import com.digitalbank.banking.history.HistoryProperties;
import com.digitalbank.platform.dynamodb.InvalidCursorException;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.PageCursor;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.resources.SortableInstant;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The ledger table: partition per account, sort key {@code <timestamp>#<transactionId>}
 * with a fixed-width UTC timestamp, so a descending query is newest first and a date
 * range is a key condition, not a filter.
 */
@Component
public class LedgerStore {

	/**
	 * The user's ledger across accounts, newest first (seed 003 lists transactions per
	 * user).
	 */
	static final String BY_USER = "byUser";

	private static final PageCursor CURSOR = PageCursor.of("accountId", "entryKey");

	private static final PageCursor USER_CURSOR = PageCursor.of("userId", "entryKey", "accountId");

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	LedgerStore(DynamoDbClient dynamoDb, JsonItems items, HistoryProperties properties) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = properties.table();
	}

	public HistoryPage page(HistoryQuery query) {
		List<LedgerEntry> found = new ArrayList<>();
		Map<String, AttributeValue> start = start(query);
		// One more than asked, to know whether another page exists without handing out an
		// empty one.
		while (found.size() <= query.limit()) {
			QueryResponse response = dynamoDb.query(request(query, start, query.limit() + 1 - found.size()));
			response.items().stream().map(item -> items.fromItem(item, LedgerEntry.class)).forEach(found::add);
			if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
				break;
			}
			start = response.lastEvaluatedKey();
		}
		if (found.size() <= query.limit()) {
			return new HistoryPage(found, null);
		}
		List<LedgerEntry> page = found.subList(0, query.limit());
		return new HistoryPage(List.copyOf(page), CURSOR.encode(toItem(page.getLast())));
	}

	/**
	 * A page of the user's entries across all their accounts, from the user index. An
	 * index is eventually consistent: a transfer shows up here a moment after it
	 * committed.
	 */
	public HistoryPage userPage(String userId, int limit, String cursor) {
		Map<String, AttributeValue> start = USER_CURSOR.decode(cursor, Map.of("userId", AttributeValue.fromS(userId)));
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(table)
			.indexName(BY_USER)
			.keyConditionExpression("userId = :user")
			.expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId)))
			.scanIndexForward(false)
			.limit(limit + 1);
		if (start != null) {
			request.exclusiveStartKey(start);
		}
		List<LedgerEntry> found = dynamoDb.query(request.build())
			.items()
			.stream()
			.map(item -> items.fromItem(item, LedgerEntry.class))
			.toList();
		if (found.size() <= limit) {
			return new HistoryPage(found, null);
		}
		List<LedgerEntry> page = found.subList(0, limit);
		return new HistoryPage(List.copyOf(page), USER_CURSOR.encode(toItem(page.getLast())));
	}

	/**
	 * Where the page starts: a cursor of this account's list whose entry lies within the
	 * query's dates (DynamoDB refuses a start key outside its key condition).
	 */
	private static Map<String, AttributeValue> start(HistoryQuery query) {
		Map<String, AttributeValue> start = CURSOR.decode(query.cursor(),
				Map.of("accountId", AttributeValue.fromS(query.accountId().value())));
		if (start != null) {
			String entryKey = start.get("entryKey").s();
			if ((query.from() != null && entryKey.compareTo(SortableInstant.format(query.from())) < 0)
					|| (query.to() != null && entryKey.compareTo(upperBound(query.to())) > 0)) {
				throw new InvalidCursorException();
			}
		}
		return start;
	}

	private QueryRequest request(HistoryQuery query, Map<String, AttributeValue> start, int limit) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":account", AttributeValue.fromS(query.accountId().value()));
		String condition = "accountId = :account";
		if (query.from() != null && query.to() != null) {
			condition += " AND entryKey BETWEEN :from AND :to";
		}
		else if (query.from() != null) {
			condition += " AND entryKey >= :from";
		}
		else if (query.to() != null) {
			condition += " AND entryKey <= :to";
		}
		if (query.from() != null) {
			values.put(":from", AttributeValue.fromS(SortableInstant.format(query.from())));
		}
		if (query.to() != null) {
			values.put(":to", AttributeValue.fromS(upperBound(query.to())));
		}
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression(condition)
			.scanIndexForward(false)
			.consistentRead(true)
			.limit(Math.max(limit, 1));
		if (query.type() != null) {
			request.filterExpression("#type = :type").expressionAttributeNames(Map.of("#type", "type"));
			values.put(":type", AttributeValue.fromS(query.type().name()));
		}
		if (start != null) {
			request.exclusiveStartKey(start);
		}
		return request.expressionAttributeValues(values).build();
	}

	/**
	 * The entry as an item of the caller's transaction; an entry is written only once.
	 */
	public void addTo(WriteTransaction transaction, LedgerEntry entry, Object tag) {
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(table)
				.item(toItem(entry))
				.conditionExpression("attribute_not_exists(entryKey)")
				.build())
			.build(), tag);
	}

	private Map<String, AttributeValue> toItem(LedgerEntry entry) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(entry));
		item.put("entryKey", AttributeValue.fromS(entryKey(entry)));
		return item;
	}

	static String entryKey(LedgerEntry entry) {
		return SortableInstant.format(entry.timestamp()) + "#" + entry.transactionId();
	}

	/** '~' sorts after every id character: the whole last instant is included. */
	private static String upperBound(Instant to) {
		return SortableInstant.format(to) + "#~";
	}

}
