package com.digitalbank.banking.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.banking.transfer.TransferCompleted;
import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxEntry;
import com.digitalbank.platform.outbox.OutboxRecord;
import com.digitalbank.platform.resources.SortableInstant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Transfers as bare {@code TransactWriteItems}, with no service code: the baseline the
 * service is measured against. Per transaction, each touched account once, its balance
 * changed in place ({@code SET balance = balance + :delta, version = version + 1}) on the
 * condition that it is active and, when money leaves it, that it covers the net outflow;
 * then per transfer its record, its debit and credit ledger entries and a completed
 * idempotency record, each with the attributes the service writes and on the condition
 * that it is new. What the service writes and these do not: each ledger entry's
 * {@code balanceAfter}, which an in-place update cannot know without a read (the service
 * plans on a snapshot instead and conditions each account on its version).
 */
final class BareTransfers {

	private static final String KEY_IS_FREE = "attribute_not_exists(#id) OR #expiresAt < :nowSeconds "
			+ "OR (#state = :inProgress AND #lockedUntil < :nowMillis)";

	/** One movement of money between two of the benchmark's accounts. */
	record Move(String from, String to, BigDecimal amount) {
	}

	/** The service's table names, from its properties. */
	record Tables(String accounts, String ledger, String transfers, String idempotency) {
	}

	private final DynamoDbClient dynamoDb;

	private final Tables tables;

	private final Outbox outbox;

	private final WriteTransactions transactions;

	private final String eventsQueue;

	BareTransfers(DynamoDbClient dynamoDb, Tables tables) {
		this.dynamoDb = dynamoDb;
		this.tables = tables;
		this.outbox = null;
		this.transactions = null;
		this.eventsQueue = null;
	}

	/**
	 * Each transaction records its transfers' events through the platform's outbox, as
	 * the service's does, to measure what the outbox adds to a transfer.
	 */
	BareTransfers(DynamoDbClient dynamoDb, Tables tables, Outbox outbox, String eventsQueue) {
		this.dynamoDb = dynamoDb;
		this.tables = tables;
		this.outbox = outbox;
		this.transactions = new WriteTransactions(dynamoDb);
		this.eventsQueue = eventsQueue;
	}

	/**
	 * Commits the moves in one transaction, retrying it while DynamoDB cancels it
	 * (another transaction on the same accounts); the number of cancellations.
	 */
	int commit(List<Move> moves) {
		if (outbox != null) {
			return commitWithEvents(moves);
		}
		List<TransactWriteItem> items = itemsOf(moves);
		for (int cancelled = 0;; cancelled++) {
			try {
				dynamoDb.transactWriteItems(request -> request.transactItems(items));
				return cancelled;
			}
			catch (TransactionCanceledException ex) {
				// Contention only: the accounts hold far more than is ever moved.
			}
		}
	}

	/**
	 * The same items and an outbox record of the moves' events, sent after the commit.
	 */
	private int commitWithEvents(List<Move> moves) {
		List<TransactWriteItem> items = itemsOf(moves);
		Instant now = Instant.now();
		List<OutboxEntry> events = moves.stream()
			.map(move -> outbox.prepare(eventsQueue,
					OutgoingEvent
						.of(TransferCompleted.TYPE,
								new TransferCompleted(UUID.randomUUID().toString(), "TRANSFER", move.from(), move.to(),
										move.amount(), "MXN", now))
						.forUser("benchmark")))
			.toList();
		for (int cancelled = 0;; cancelled++) {
			WriteTransaction transaction = new WriteTransaction();
			items.forEach(item -> transaction.add(item, null));
			OutboxRecord record = outbox.addTo(transaction, events, null);
			try {
				transactions.commit(transaction);
				outbox.sendCommitted(record);
				return cancelled;
			}
			catch (TransactionCancelledException ex) {
				// Contention only, as above.
			}
		}
	}

	/** One update per touched account, with its net change, then four puts per move. */
	List<TransactWriteItem> itemsOf(List<Move> moves) {
		Map<String, BigDecimal> net = new LinkedHashMap<>();
		moves.forEach(move -> {
			net.merge(move.from(), move.amount().negate(), BigDecimal::add);
			net.merge(move.to(), move.amount(), BigDecimal::add);
		});
		List<TransactWriteItem> items = new ArrayList<>();
		net.forEach((account, delta) -> items.add(balanceChange(account, delta)));
		Instant now = Instant.now();
		for (Move move : moves) {
			String id = UUID.randomUUID().toString();
			items.add(putIfNew(tables.transfers(), "transferId", transfer(id, move, now)));
			items.add(putIfNew(tables.ledger(), "entryKey",
					entry(id, move.from(), move.to(), "DEBIT", move.amount(), now)));
			items.add(putIfNew(tables.ledger(), "entryKey",
					entry(id, move.to(), move.from(), "CREDIT", move.amount(), now)));
			items.add(idempotencyRecord(id, now));
		}
		return items;
	}

	private TransactWriteItem balanceChange(String accountId, BigDecimal delta) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":delta", n(delta.toPlainString()));
		values.put(":one", n("1"));
		values.put(":active", s("ACTIVE"));
		String condition = "#status = :active";
		if (delta.signum() < 0) {
			condition += " AND #balance >= :outflow";
			values.put(":outflow", n(delta.negate().toPlainString()));
		}
		return TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(tables.accounts())
				.key(Map.of("accountId", s(accountId)))
				.updateExpression("SET #balance = #balance + :delta, #version = #version + :one")
				.conditionExpression(condition)
				.expressionAttributeNames(Map.of("#balance", "balance", "#version", "version", "#status", "status"))
				.expressionAttributeValues(values)
				.build())
			.build();
	}

	private static Map<String, AttributeValue> transfer(String id, Move move, Instant now) {
		return Map.of("transferId", s(id), "kind", s("TRANSFER"), "userId", s("benchmark"), "from", s(move.from()),
				"to", s(move.to()), "amount", n(move.amount().toPlainString()), "currency", s("MXN"), "status",
				s("COMPLETED"), "createdAt", s(now.toString()), "description", s("benchmark"));
	}

	private static Map<String, AttributeValue> entry(String transferId, String account, String counterparty,
			String type, BigDecimal amount, Instant now) {
		String transactionId = UUID.randomUUID().toString();
		return Map.of("accountId", s(account), "entryKey", s(SortableInstant.format(now) + "#" + transactionId),
				"transactionId", s(transactionId), "transferId", s(transferId), "type", s(type), "amount",
				n(amount.toPlainString()), "timestamp", s(now.toString()), "counterpartyAccountId", s(counterparty),
				"description", s("benchmark"));
	}

	private static TransactWriteItem putIfNew(String table, String key, Map<String, AttributeValue> item) {
		return TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(table)
				.item(item)
				.conditionExpression("attribute_not_exists(#key)")
				.expressionAttributeNames(Map.of("#key", key))
				.build())
			.build();
	}

	/**
	 * As the service records a created transfer's key: completed, conditioned on a free
	 * key.
	 */
	private TransactWriteItem idempotencyRecord(String transferId, Instant now) {
		Map<String, AttributeValue> item = Map.of("id", s("benchmark#" + UUID.randomUUID()), "state", s("COMPLETED"),
				"owner", s(UUID.randomUUID().toString()), "requestHash",
				s(UUID.randomUUID().toString() + UUID.randomUUID()), "expiresAt",
				n(Long.toString(now.getEpochSecond() + 86_400)), "status", n("201"), "contentType", s(""), "headers",
				AttributeValue.fromM(Map.of("Location", s("/v1/transfers/" + transferId))));
		return TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(tables.idempotency())
				.item(item)
				.conditionExpression(KEY_IS_FREE)
				.expressionAttributeNames(Map.of("#id", "id", "#expiresAt", "expiresAt", "#state", "state",
						"#lockedUntil", "lockedUntil"))
				.expressionAttributeValues(Map.of(":nowSeconds", n(Long.toString(now.getEpochSecond())), ":inProgress",
						s("IN_PROGRESS"), ":nowMillis", n(Long.toString(now.toEpochMilli()))))
				.build())
			.build();
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	private static AttributeValue n(String value) {
		return AttributeValue.fromN(value);
	}

}
