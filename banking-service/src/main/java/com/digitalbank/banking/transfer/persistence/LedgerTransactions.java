package com.digitalbank.banking.transfer.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.persistence.AccountStore;
import com.digitalbank.banking.history.persistence.LedgerStore;
import com.digitalbank.banking.transfer.CommitConflict;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferPlan;
import com.digitalbank.banking.transfer.TransferRejectedException;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.idempotency.IdempotencyStore;
import com.digitalbank.platform.problem.BusinessException;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Writes a {@link TransferPlan} as one {@code TransactWriteItems}: every touched
 * account's new balance on the condition that its version is still the one that was read
 * (so the funds check made on that read holds at commit), the transfer records, both
 * ledger entries of each, and each caller's idempotency record. All of it commits, or
 * none of it.
 */
@Component
public class LedgerTransactions {

	private static final String CONDITION_FAILED = "ConditionalCheckFailed";

	private final DynamoDbClient dynamoDb;

	private final IdempotencyStore idempotency;

	LedgerTransactions(DynamoDbClient dynamoDb, IdempotencyStore idempotency) {
		this.dynamoDb = dynamoDb;
		this.idempotency = idempotency;
	}

	/**
	 * Which transfer an item belongs to, and whether a failed condition on it dooms the
	 * transfer.
	 */
	private record Role(TransferCommand command, boolean transferRecord, boolean idempotencyRecord) {
	}

	public void commit(TransferPlan plan) {
		List<TransactWriteItem> items = new ArrayList<>();
		List<Role> roles = new ArrayList<>();
		plan.accountChanges().values().forEach(change -> {
			items.add(balanceUpdate(change));
			roles.add(new Role(null, false, false));
		});
		for (TransferPlan.Planned planned : plan.planned()) {
			items.add(put(TransferStore.TABLE, TransferStore.toItem(planned.transfer()),
					"attribute_not_exists(transferId)"));
			roles.add(new Role(planned.command(), true, false));
			items.add(put(LedgerStore.TABLE, LedgerStore.toItem(planned.debit()), "attribute_not_exists(entryKey)"));
			roles.add(new Role(planned.command(), false, false));
			items.add(put(LedgerStore.TABLE, LedgerStore.toItem(planned.credit()), "attribute_not_exists(entryKey)"));
			roles.add(new Role(planned.command(), false, false));
			planned.command().reply().ifPresent(reply -> {
				items.add(
						idempotency.completionInTransaction(reply.claim(), reply.response().apply(planned.transfer())));
				roles.add(new Role(planned.command(), false, true));
			});
		}
		try {
			// One token per attempt: if the SDK retries after a commit whose answer was
			// lost, DynamoDB answers the retry as the commit instead of cancelling it.
			String token = UUID.randomUUID().toString();
			dynamoDb.transactWriteItems(request -> request.transactItems(items).clientRequestToken(token));
		}
		catch (TransactionCanceledException ex) {
			Map<TransferCommand, BusinessException> doomed = doomed(ex.cancellationReasons(), roles);
			throw new CommitConflict(doomed, contention(ex.cancellationReasons(), roles), ex);
		}
	}

	private static Map<TransferCommand, BusinessException> doomed(List<CancellationReason> reasons, List<Role> roles) {
		Map<TransferCommand, BusinessException> doomed = new HashMap<>();
		for (int i = 0; i < reasons.size() && i < roles.size(); i++) {
			Role role = roles.get(i);
			if (!CONDITION_FAILED.equals(reasons.get(i).code()) || role.command() == null) {
				continue;
			}
			if (role.transferRecord()) {
				doomed.put(role.command(),
						new TransferRejectedException.DuplicateTransfer(role.command().transferId()));
			}
			else if (role.idempotencyRecord()) {
				doomed.put(role.command(), new IdempotencyKeyTakenException());
			}
		}
		return doomed;
	}

	/** Did anything fail besides the items that doom their own transfer? */
	private static boolean contention(List<CancellationReason> reasons, List<Role> roles) {
		for (int i = 0; i < reasons.size(); i++) {
			String code = reasons.get(i).code();
			boolean failed = code != null && !"None".equals(code);
			boolean explained = i < roles.size() && CONDITION_FAILED.equals(code)
					&& (roles.get(i).transferRecord() || roles.get(i).idempotencyRecord());
			if (failed && !explained) {
				return true;
			}
		}
		return reasons.isEmpty();
	}

	/**
	 * The new balance, written only if the account is still the version the plan was made
	 * on and, where the batch takes money out, still holds at least that much: the funds
	 * check is part of the transaction, not only of the read before it.
	 */
	private static TransactWriteItem balanceUpdate(TransferPlan.AccountChange change) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":balance", AttributeValue.fromN(change.balanceAfter().toPlainString()));
		values.put(":next", AttributeValue.fromN(Long.toString(change.before().version() + 1)));
		values.put(":expected", AttributeValue.fromN(Long.toString(change.before().version())));
		values.put(":active", AttributeValue.fromS(AccountStatus.ACTIVE.name()));
		String condition = "#version = :expected AND #status = :active";
		BigDecimal outflow = change.before().balance().subtract(change.balanceAfter());
		if (outflow.signum() > 0) {
			condition += " AND #balance >= :outflow";
			values.put(":outflow", AttributeValue.fromN(outflow.toPlainString()));
		}
		return TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(AccountStore.TABLE)
				.key(AccountStore.key(change.before().accountId()))
				.updateExpression("SET #balance = :balance, #version = :next")
				.conditionExpression(condition)
				.expressionAttributeNames(Map.of("#balance", "balance", "#version", "version", "#status", "status"))
				.expressionAttributeValues(values)
				.build())
			.build();
	}

	private static TransactWriteItem put(String table, Map<String, AttributeValue> item, String condition) {
		return TransactWriteItem.builder()
			.put(Put.builder().tableName(table).item(item).conditionExpression(condition).build())
			.build();
	}

}
