package com.digitalbank.banking.transfer.commit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.banking.account.AccountTransactions;
import com.digitalbank.banking.history.LedgerEntries;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferRejectedException;
import com.digitalbank.banking.transfer.persistence.TransferStore;
import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.idempotency.IdempotencyStore;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxEntry;
import com.digitalbank.platform.outbox.OutboxRecord;
import com.digitalbank.platform.problem.BusinessException;
import org.springframework.stereotype.Component;

/**
 * Commits a {@link TransferPlan} as one DynamoDB transaction: every touched account's new
 * balance (conditioned on the version that was read), each transfer record, both ledger
 * entries of each, each keyed request's idempotency record and the outbox record of their
 * events. All of it commits, or none of it; a cancellation says which transfers can never
 * succeed.
 */
@Component
class BatchTransaction {

	/** What an item of the transaction stands for, to read a cancellation. */
	private enum Role {

		ACCOUNT, TRANSFER_RECORD, LEDGER_ENTRY, IDEMPOTENCY_RECORD, OUTBOX_RECORD

	}

	private record Item(TransferCommand command, Role role) {
	}

	private final AccountTransactions accounts;

	private final LedgerEntries ledger;

	private final TransferStore transfers;

	private final IdempotencyStore idempotency;

	private final Outbox outbox;

	private final WriteTransactions transactions;

	BatchTransaction(AccountTransactions accounts, LedgerEntries ledger, TransferStore transfers,
			IdempotencyStore idempotency, Outbox outbox, WriteTransactions transactions) {
		this.accounts = accounts;
		this.ledger = ledger;
		this.transfers = transfers;
		this.idempotency = idempotency;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param completed the planned transfers' events, recorded as one outbox record
	 * @return the outbox record, to send its events now that they committed
	 * @throws CommitConflict when DynamoDB cancels the transaction
	 */
	OutboxRecord commit(TransferPlan plan, List<PendingTransfer> pending, List<OutboxEntry> completed) {
		WriteTransaction transaction = new WriteTransaction();
		plan.accountChanges()
			.values()
			.forEach(change -> accounts.addBalanceChange(transaction, change.before(), change.after(),
					new Item(null, Role.ACCOUNT)));
		for (TransferPlan.Planned planned : plan.planned()) {
			TransferCommand command = planned.command();
			transfers.addTo(transaction, planned.transfer(), new Item(command, Role.TRANSFER_RECORD));
			ledger.addTo(transaction, planned.debit(), new Item(command, Role.LEDGER_ENTRY));
			ledger.addTo(transaction, planned.credit(), new Item(command, Role.LEDGER_ENTRY));
			PendingTransfer.of(pending, command)
				.claim()
				.ifPresent(claim -> idempotency.recordCreatedInTransaction(transaction, claim,
						command.transferId().value(), new Item(command, Role.IDEMPOTENCY_RECORD)));
		}
		OutboxRecord events = outbox.addTo(transaction, completed, new Item(null, Role.OUTBOX_RECORD));
		try {
			transactions.commit(transaction);
			return events;
		}
		catch (TransactionCancelledException ex) {
			throw conflict(ex);
		}
	}

	/**
	 * A transfer whose id exists, or whose key was used, is doomed; anything else that
	 * failed (an account changed, a conflicting transaction) is contention.
	 */
	private static CommitConflict conflict(TransactionCancelledException ex) {
		Map<TransferCommand, BusinessException> doomed = new HashMap<>();
		boolean contention = ex.failures().isEmpty();
		for (TransactionCancelledException.Failure failure : ex.failures()) {
			Item item = (Item) failure.tag();
			if (failure.conditionFailed() && item.role() == Role.TRANSFER_RECORD) {
				doomed.put(item.command(),
						new TransferRejectedException.DuplicateTransfer(item.command().transferId()));
			}
			else if (failure.conditionFailed() && item.role() == Role.IDEMPOTENCY_RECORD) {
				doomed.put(item.command(), new IdempotencyKeyTakenException());
			}
			else {
				contention = true;
			}
		}
		return new CommitConflict(doomed, contention, ex);
	}

}
