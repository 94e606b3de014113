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
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.AccountType;
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

	static final String TABLE = "bank-accounts";

	static final String BY_USER_INDEX = "AccountsByUser";

	private final DynamoDbClient dynamoDb;

	AccountStore(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	public Optional<Account> find(AccountId accountId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(TABLE).key(key(accountId)).consistentRead(true))
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
		List<AccountId> ids = new ArrayList<>();
		dynamoDb
			.queryPaginator(query -> query.tableName(TABLE)
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
			dynamoDb.putItem(put -> put.tableName(TABLE)
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
				.tableName(TABLE)
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

	static Map<String, AttributeValue> toItem(Account account) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("accountId", AttributeValue.fromS(account.accountId().value()));
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
		return new Account(new AccountId(item.get("accountId").s()), item.get("userId").s(),
				AccountType.valueOf(item.get("type").s()), item.get("currency").s(), money(item.get("balance")),
				money(item.get("openingBalance")), AccountStatus.valueOf(item.get("status").s()),
				Long.parseLong(item.get("version").n()), item.get("accountNumber").s(), item.get("clabe").s(),
				Instant.parse(item.get("createdAt").s()));
	}

	/** DynamoDB numbers are exact decimals; keep them at two places. */
	private static BigDecimal money(AttributeValue value) {
		return new BigDecimal(value.n()).setScale(2);
	}

}
