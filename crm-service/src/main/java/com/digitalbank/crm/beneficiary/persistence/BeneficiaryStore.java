package com.digitalbank.crm.beneficiary.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.crm.beneficiary.Beneficiary;
import com.digitalbank.crm.beneficiary.BeneficiaryId;
import com.digitalbank.crm.beneficiary.BeneficiaryPage;
import com.digitalbank.crm.beneficiary.BeneficiaryProperties;
import com.digitalbank.platform.dynamodb.InvalidCursorException;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.PageCursor;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads beneficiaries, strongly consistent: a beneficiary just added is listed and
 * resolved at once. Writes go through {@link BeneficiaryWrites}, into the caller's
 * transaction.
 */
@Component
public class BeneficiaryStore {

	static final String USER = "userId";

	static final String ITEM = "itemKey";

	static final String RECORD_PREFIX = "B#";

	private static final PageCursor CURSOR = PageCursor.of(USER, ITEM);

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	BeneficiaryStore(DynamoDbClient dynamoDb, JsonItems items, BeneficiaryProperties properties) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = properties.table();
	}

	/** The user's beneficiary; another user's is not found, its key names the user. */
	public Optional<Beneficiary> find(String userId, BeneficiaryId id) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table).key(recordKey(userId, id)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
	}

	public BeneficiaryPage page(String userId, int limit, String cursor) {
		Map<String, AttributeValue> start = CURSOR.decode(cursor, Map.of(USER, AttributeValue.fromS(userId)));
		if (start != null && !start.get(ITEM).s().startsWith(RECORD_PREFIX)) {
			throw new InvalidCursorException();
		}
		List<Beneficiary> found = new ArrayList<>();
		// One more than asked, to know whether another page exists without handing out an
		// empty one.
		while (found.size() <= limit) {
			QueryResponse response = dynamoDb.query(request(userId, start, limit + 1 - found.size()));
			response.items().stream().map(this::fromItem).forEach(found::add);
			if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
				break;
			}
			start = response.lastEvaluatedKey();
		}
		if (found.size() <= limit) {
			return new BeneficiaryPage(found, null);
		}
		List<Beneficiary> page = List.copyOf(found.subList(0, limit));
		return new BeneficiaryPage(page, CURSOR.encode(recordKey(userId, page.getLast().beneficiaryId())));
	}

	/** Every beneficiary of the user, for resolution. */
	public List<Beneficiary> all(String userId) {
		List<Beneficiary> all = new ArrayList<>();
		dynamoDb.queryPaginator(request(userId, null, 0)).items().forEach(item -> all.add(fromItem(item)));
		return all;
	}

	private QueryRequest request(String userId, Map<String, AttributeValue> start, int limit) {
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression("#user = :user AND begins_with(#item, :records)")
			.expressionAttributeNames(Map.of("#user", USER, "#item", ITEM))
			.expressionAttributeValues(
					Map.of(":user", AttributeValue.fromS(userId), ":records", AttributeValue.fromS(RECORD_PREFIX)))
			.consistentRead(true);
		if (limit > 0) {
			request.limit(limit);
		}
		if (start != null) {
			request.exclusiveStartKey(start);
		}
		return request.build();
	}

	static Map<String, AttributeValue> recordKey(String userId, BeneficiaryId id) {
		return Map.of(USER, AttributeValue.fromS(userId), ITEM, AttributeValue.fromS(RECORD_PREFIX + id.value()));
	}

	Map<String, AttributeValue> toItem(Beneficiary beneficiary) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(beneficiary));
		item.putAll(recordKey(beneficiary.userId(), beneficiary.beneficiaryId()));
		return item;
	}

	private Beneficiary fromItem(Map<String, AttributeValue> item) {
		return items.fromItem(item, Beneficiary.class);
	}

}
