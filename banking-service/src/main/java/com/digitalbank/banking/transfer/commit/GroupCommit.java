package com.digitalbank.banking.transfer.commit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountTransactions;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.banking.transfer.TransferRejectedException;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.outbox.OutboxEntry;
import com.digitalbank.platform.outbox.OutboxRecord;
import com.digitalbank.platform.problem.BusinessException;
import org.springframework.stereotype.Component;

/**
 * Commits one batch: plans it on the accounts' snapshot and commits it in one
 * transaction, taking out the transfers that can never succeed as the transaction names
 * them and retrying the rest. Only a batch whose accounts changed under it backs off and
 * counts towards {@code maxAttempts}: the others lose at least one transfer per try. Runs
 * on the writer thread only.
 */
@Component
class GroupCommit {

	private static final int RECENT_KEYS = 10_000;

	private final AccountSnapshots snapshots;

	private final TransferPlanner planner;

	private final BatchTransaction transaction;

	private final TransferEvents events;

	private final TransferMetrics metrics;

	private final TransferProperties properties;

	private final Clock clock;

	private final RecentKeys recentKeys = new RecentKeys(RECENT_KEYS);

	private final LedgerClock ledgerClock;

	GroupCommit(AccountTransactions accounts, BatchTransaction transaction, TransferEvents events,
			TransferMetrics metrics, TransferProperties properties, Clock clock) {
		this.snapshots = new AccountSnapshots(accounts, properties.rememberedAccounts());
		this.planner = new TransferPlanner(properties.maxAmount());
		this.transaction = transaction;
		this.events = events;
		this.metrics = metrics;
		this.properties = properties;
		this.clock = clock;
		this.ledgerClock = new LedgerClock(clock);
	}

	/**
	 * A request sent twice at once (one key) can commit only once: its copies wait for
	 * the original's outcome and are then answered from the key's record, or planned in
	 * turn if the original was refused.
	 */
	void process(List<PendingTransfer> batch) throws InterruptedException {
		List<PendingTransfer> originals = new ArrayList<>();
		List<PendingTransfer> copies = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (PendingTransfer pending : batch) {
			if (answeredFromRecentKeys(pending)) {
				continue;
			}
			boolean copy = pending.requestKey().map(key -> !keys.add(key)).orElse(false);
			(copy ? copies : originals).add(pending);
		}
		commit(originals);
		if (!copies.isEmpty()) {
			process(copies);
		}
	}

	private void commit(List<PendingTransfer> batch) throws InterruptedException {
		List<PendingTransfer> remaining = new ArrayList<>(batch);
		boolean refusalsChecked = false;
		int contended = 0;
		while (!remaining.isEmpty()) {
			Set<AccountId> ids = accountIds(remaining);
			try {
				AccountSnapshots.Reading reading = snapshots.read(ids);
				TransferPlan plan = planner.plan(commands(remaining), reading.accounts(), ledgerClock::next);
				Set<AccountId> refusedOnMemory = refusedOnRememberedAccounts(plan, reading);
				if (!refusedOnMemory.isEmpty() && !refusalsChecked) {
					// A refusal is never committed, so no version check backs it: decide
					// it on a fresh read.
					refusalsChecked = true;
					snapshots.forget(refusedOnMemory);
					continue;
				}
				commit(plan, remaining);
				return;
			}
			catch (CommitConflict conflict) {
				fail(remaining, conflict.rejected());
				// A cancellation that dooms no transfer counts as contention too, so the
				// loop always ends.
				if (conflict.contention() || conflict.rejected().isEmpty()) {
					metrics.conflict();
					snapshots.forget(ids);
					if (++contended >= properties.maxAttempts()) {
						remaining.forEach(pending -> pending.fail(new TransferRejectedException.Busy()));
						return;
					}
					backOff(contended);
				}
			}
			catch (RuntimeException ex) {
				snapshots.forget(ids);
				remaining.forEach(pending -> pending.fail(ex));
				return;
			}
		}
	}

	private void commit(TransferPlan plan, List<PendingTransfer> pending) {
		if (!plan.planned().isEmpty()) {
			List<OutboxEntry> completed = events.prepare(plan.planned(), pending);
			OutboxRecord recorded = metrics.committed(plan.planned().size(),
					() -> transaction.commit(plan, pending, completed));
			snapshots.committed(plan.accountChanges().values());
			Instant now = clock.instant();
			plan.planned()
				.forEach(planned -> PendingTransfer.of(pending, planned.command())
					.requestKey()
					.ifPresent(key -> recentKeys.add(key, now)));
			events.committed(recorded);
		}
		plan.planned().forEach(planned -> PendingTransfer.of(pending, planned.command()).complete(planned.transfer()));
		plan.rejected().forEach(rejected -> PendingTransfer.of(pending, rejected.command()).fail(rejected.reason()));
	}

	/** A retry of a request this writer committed lately is answered from its record. */
	private boolean answeredFromRecentKeys(PendingTransfer pending) {
		boolean retry = pending.requestKey().filter(key -> recentKeys.contains(key, clock.instant())).isPresent();
		if (retry) {
			pending.fail(new IdempotencyKeyTakenException());
		}
		return retry;
	}

	private static Set<AccountId> refusedOnRememberedAccounts(TransferPlan plan, AccountSnapshots.Reading reading) {
		Set<AccountId> ids = new HashSet<>();
		for (TransferPlan.Rejected rejected : plan.rejected()) {
			if (!(rejected.reason() instanceof TransferRejectedException.DuplicateTransfer)) {
				ids.add(rejected.command().from());
				ids.add(rejected.command().to());
			}
		}
		ids.retainAll(reading.remembered());
		return ids;
	}

	/**
	 * Takes the doomed transfers out of the batch. An id that exists dooms every waiting
	 * transfer that claims it: concurrent duplicates of one payment.
	 */
	private static void fail(List<PendingTransfer> remaining, Map<TransferCommand, BusinessException> doomed) {
		doomed.forEach((command, reason) -> remaining.removeIf(pending -> {
			boolean same = pending.command() == command
					|| (reason instanceof TransferRejectedException.DuplicateTransfer
							&& pending.command().transferId().equals(command.transferId()));
			if (same) {
				pending.fail(reason);
			}
			return same;
		}));
	}

	private static Set<AccountId> accountIds(List<PendingTransfer> pending) {
		Set<AccountId> ids = new HashSet<>();
		pending.forEach(p -> {
			ids.add(p.command().from());
			ids.add(p.command().to());
		});
		return ids;
	}

	private static void backOff(int attempt) throws InterruptedException {
		long cap = Math.min(200, 5L << Math.min(attempt, 6));
		Thread.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
	}

	private static List<TransferCommand> commands(List<PendingTransfer> pending) {
		return pending.stream().map(PendingTransfer::command).toList();
	}

}
