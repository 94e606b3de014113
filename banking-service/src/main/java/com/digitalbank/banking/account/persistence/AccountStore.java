package com.digitalbank.banking.account.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.AccountType;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Accounts in DynamoDB. Every read is strongly consistent: the user list comes from the
 * {@code AccountsByUser} index (ids only) and the accounts themselves from the table.
 */
@Component
public class AccountStore {

	public static final String TABLE = "bank-accounts";

	public static final String BY_USER_INDEX = "AccountsByUser";

	private final DynamoDbClient dynamoDb;

	AccountStore(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	public Optional<Account> find(String accountId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(TABLE).key(key(accountId)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
	}

	/**
	 * The accounts that exist among the ids, read consistently in as few calls as
	 * possible.
	 */
	public Map<String, Account> findAll(Collection<String> accountIds) {
		Map<String, Account> found = new HashMap<>();
		List<Map<String, AttributeValue>> keys = new LinkedHashSet<>(accountIds).stream()
			.map(AccountStore::key)
			.toList();
		Map<String, KeysAndAttributes> pending = keys.isEmpty() ? Map.of()
				: Map.of(TABLE, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
		while (!pending.isEmpty()) {
			Map<String, KeysAndAttributes> request = pending;
			BatchGetItemResponse response = dynamoDb.batchGetItem(batch -> batch.requestItems(request));
			response.responses()
				.getOrDefault(TABLE, List.of())
				.stream()
				.map(AccountStore::fromItem)
				.forEach(account -> found.put(account.accountId(), account));
			pending = response.unprocessedKeys();
		}
		return found;
	}

	public List<Account> findByUser(String userId) {
		List<String> ids = new ArrayList<>();
		dynamoDb
			.queryPaginator(query -> query.tableName(TABLE)
				.indexName(BY_USER_INDEX)
				.keyConditionExpression("userId = :user")
				.expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId))))
			.items()
			.forEach(item -> ids.add(item.get("accountId").s()));
		Map<String, Account> accounts = findAll(ids);
		return ids.stream().map(accounts::get).filter(account -> account != null).toList();
	}

	public boolean createIfAbsent(Account account) {
		try {
			dynamoDb.putItem(put -> put.tableName(TABLE)
				.item(toItem(account))
				.conditionExpression("attribute_not_exists(accountId)"));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	public static Map<String, AttributeValue> key(String accountId) {
		return Map.of("accountId", AttributeValue.fromS(accountId));
	}

	static Map<String, AttributeValue> toItem(Account account) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("accountId", AttributeValue.fromS(account.accountId()));
		item.put("userId", AttributeValue.fromS(account.userId()));
		item.put("type", AttributeValue.fromS(account.type().name()));
		item.put("currency", AttributeValue.fromS(account.currency()));
		item.put("balance", AttributeValue.fromN(account.balance().toPlainString()));
		item.put("openingBalance", AttributeValue.fromN(account.openingBalance().toPlainString()));
		item.put("status", AttributeValue.fromS(account.status().name()));
		item.put("version", AttributeValue.fromN(Long.toString(account.version())));
		item.put("accountNumber", AttributeValue.fromS(account.accountNumber()));
		item.put("clabe", AttributeValue.fromS(account.clabe()));
		item.put("createdAt", AttributeValue.fromS(account.createdAt().toString()));
		return item;
	}

	static Account fromItem(Map<String, AttributeValue> item) {
		return new Account(item.get("accountId").s(), item.get("userId").s(), AccountType.valueOf(item.get("type").s()),
				item.get("currency").s(), money(item.get("balance")), money(item.get("openingBalance")),
				AccountStatus.valueOf(item.get("status").s()), Long.parseLong(item.get("version").n()),
				item.get("accountNumber").s(), item.get("clabe").s(), Instant.parse(item.get("createdAt").s()));
	}

	/** DynamoDB numbers are exact decimals; keep them at two places. */
	public static BigDecimal money(AttributeValue value) {
		return new BigDecimal(value.n()).setScale(2);
	}

}
