package com.digitalbank.banking.account.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountProperties;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Accounts in DynamoDB. Every read is strongly consistent: the user list comes from the
 * {@code AccountsByUser} index (ids only) and the accounts themselves from the table.
 */
@Component
public class AccountStore {

	static final String BY_USER_INDEX = "AccountsByUser";

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	AccountStore(DynamoDbClient dynamoDb, JsonItems items, AccountProperties properties) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = properties.table();
	}

	public Optional<Account> find(AccountId accountId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table).key(key(accountId)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
	}

	/**
	 * The accounts that exist among the ids, read consistently in as few calls as
	 * possible.
	 */
	public Map<AccountId, Account> findAll(Collection<AccountId> accountIds) {
		Map<AccountId, Account> found = new HashMap<>();
		List<Map<String, AttributeValue>> keys = new LinkedHashSet<>(accountIds).stream()
			.map(AccountStore::key)
			.toList();
		Map<String, KeysAndAttributes> pending = keys.isEmpty() ? Map.of()
				: Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
		while (!pending.isEmpty()) {
			Map<String, KeysAndAttributes> request = pending;
			BatchGetItemResponse response = dynamoDb.batchGetItem(batch -> batch.requestItems(request));
			response.responses()
				.getOrDefault(table, List.of())
				.stream()
				.map(this::fromItem)
				.forEach(account -> found.put(account.accountId(), account));
			pending = response.unprocessedKeys();
		}
		return found;
	}

	public List<Account> findByUser(String userId) {
		List<AccountId> ids = new ArrayList<>();
		dynamoDb
			.queryPaginator(query -> query.tableName(table)
				.indexName(BY_USER_INDEX)
				.keyConditionExpression("userId = :user")
				.expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId))))
			.items()
			.forEach(item -> ids.add(new AccountId(item.get("accountId").s())));
		Map<AccountId, Account> accounts = findAll(ids);
		return ids.stream().map(accounts::get).filter(account -> account != null).toList();
	}

	public boolean createIfAbsent(Account account) {
		try {
			dynamoDb.putItem(put -> put.tableName(table)
				.item(toItem(account))
				.conditionExpression("attribute_not_exists(accountId)"));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	/**
	 * The new balance, written only if the account is still the version the decision was
	 * made on, still active and, where money leaves it, still holds at least that much:
	 * the funds check is part of the transaction, not only of the read before it.
	 */
	public void addBalanceChange(WriteTransaction transaction, Account before, Account after, Object tag) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":balance", AttributeValue.fromN(after.balance().toPlainString()));
		values.put(":next", AttributeValue.fromN(Long.toString(before.version() + 1)));
		values.put(":expected", AttributeValue.fromN(Long.toString(before.version())));
		values.put(":active", AttributeValue.fromS(AccountStatus.ACTIVE.name()));
		String condition = "#version = :expected AND #status = :active";
		BigDecimal outflow = before.balance().subtract(after.balance());
		if (outflow.signum() > 0) {
			condition += " AND #balance >= :outflow";
			values.put(":outflow", AttributeValue.fromN(outflow.toPlainString()));
		}
		transaction.add(TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(table)
				.key(key(before.accountId()))
				.updateExpression("SET #balance = :balance, #version = :next")
				.conditionExpression(condition)
				.expressionAttributeNames(Map.of("#balance", "balance", "#version", "version", "#status", "status"))
				.expressionAttributeValues(values)
				.build())
			.build(), tag);
	}

	private static Map<String, AttributeValue> key(AccountId accountId) {
		return Map.of("accountId", AttributeValue.fromS(accountId.value()));
	}

	private Map<String, AttributeValue> toItem(Account account) {
		return items.toItem(account);
	}

	private Account fromItem(Map<String, AttributeValue> item) {
		return items.fromItem(item, Account.class);
	}

}
