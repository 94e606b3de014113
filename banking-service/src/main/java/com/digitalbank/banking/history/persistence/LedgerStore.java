package com.digitalbank.banking.history.persistence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.digitalbank.banking.history.HistoryPage;
import com.digitalbank.banking.history.HistoryQuery;
import com.digitalbank.banking.history.LedgerEntry;
import com.digitalbank.banking.history.HistoryProperties;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
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

	private static final Pattern ENTRY_KEY = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z#[\\w-]+");

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
		Map<String, AttributeValue> start = query.cursor() == null ? null
				: Map.of("accountId", AttributeValue.fromS(query.accountId().value()), "entryKey",
						AttributeValue.fromS(decode(query.cursor())));
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
		return new HistoryPage(List.copyOf(page), encode(entryKey(page.getLast())));
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
			// '~' sorts after every id character: the whole last instant is included.
			values.put(":to", AttributeValue.fromS(SortableInstant.format(query.to()) + "#~"));
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

	private static String encode(String entryKey) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(entryKey.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String cursor) {
		try {
			String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (ENTRY_KEY.matcher(key).matches()) {
				return key;
			}
		}
		catch (IllegalArgumentException ex) {
			// Falls through to the same answer as any other unreadable cursor.
		}
		throw new BusinessException(ErrorKind.INVALID, "INVALID_CURSOR", "The cursor is not valid for this list.");
	}

}
