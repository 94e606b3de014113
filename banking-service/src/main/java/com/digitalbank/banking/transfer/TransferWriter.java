package com.digitalbank.banking.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.digitalbank.banking.account.persistence.AccountStore;
import com.digitalbank.banking.transfer.persistence.LedgerTransactions;
import com.digitalbank.platform.correlation.CorrelationId;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import com.digitalbank.platform.problem.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit: one thread takes the transfers waiting at this instance, reads their
 * accounts once, plans them in arrival order and commits them in one transaction.
 * Contention on a hot account becomes batching instead of version conflicts; conflicts
 * with other instances are retried on fresh balances with backoff and jitter.
 */
@Component
class TransferWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TransferWriter.class);

	private record Pending(TransferCommand command, CompletableFuture<Transfer> result, String correlationId) {
	}

	private static final int RECENT_KEYS = 10_000;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final AccountSnapshots snapshots;

	private final LedgerTransactions transactions;

	private final TransferPlanner planner;

	private final TransferProperties properties;

	private final EventPublisher events;

	private final Clock clock;

	private final Timer commitTimer;

	private final DistributionSummary batchSize;

	private final Counter conflicts;

	private volatile boolean running;

	private Thread thread;

	private Instant lastTimestamp = Instant.EPOCH;

	private final RecentKeys recentKeys = new RecentKeys(RECENT_KEYS);

	TransferWriter(AccountStore accounts, LedgerTransactions transactions, TransferProperties properties,
			EventPublisher events, Clock clock, MeterRegistry meters) {
		this.snapshots = new AccountSnapshots(accounts, properties.rememberedAccounts());
		this.transactions = transactions;
		this.planner = new TransferPlanner(properties.maxAmount());
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.commitTimer = Timer.builder("banking.transfers.commit")
			.description("One group-commit transaction")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		this.batchSize = DistributionSummary.builder("banking.transfers.batch.size")
			.description("Transfers committed per transaction")
			.register(meters);
		this.conflicts = Counter.builder("banking.transfers.conflicts")
			.description("Group commits cancelled because an account changed under them")
			.register(meters);
	}

	CompletableFuture<Transfer> submit(TransferCommand command) {
		CompletableFuture<Transfer> result = new CompletableFuture<>();
		if (!running) {
			result.completeExceptionally(new TransferRejectedException.Busy());
			return result;
		}
		queue.add(new Pending(command, result, CorrelationId.current()));
		return result;
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().name("transfer-writer").daemon(true).start(this::run);
	}

	/** Stops taking transfers, commits the ones already waiting, then returns. */
	@Override
	public void stop() {
		running = false;
		if (thread != null) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(20));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Starts before and stops after the web server, so drained requests still commit. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				List<Pending> batch = new ArrayList<>(properties.maxBatch());
				batch.add(first);
				queue.drainTo(batch, properties.maxBatch() - 1);
				process(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Transfer writer failed a batch", ex);
			}
		}
	}

	/**
	 * Commits the batch, taking out the transfers that can never succeed as the
	 * transaction names them. Only a batch whose accounts changed under it backs off and
	 * counts towards {@code maxAttempts}: the others lose at least one transfer per try.
	 */
	private void process(List<Pending> batch) throws InterruptedException {
		List<Pending> remaining = new ArrayList<>(batch);
		remaining.removeIf(this::retryOfRecentKey);
		boolean refusalsChecked = false;
		int contended = 0;
		while (!remaining.isEmpty()) {
			Set<String> ids = accountIds(remaining);
			try {
				AccountSnapshots.Reading reading = snapshots.read(ids);
				TransferPlan plan = planner.plan(commands(remaining), reading.accounts(), this::nextTimestamp);
				Set<String> refusedOnMemory = refusedOnRememberedAccounts(plan, reading);
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
					conflicts.increment();
					snapshots.forget(ids);
					if (++contended >= properties.maxAttempts()) {
						remaining.forEach(pending -> pending.result()
							.completeExceptionally(new TransferRejectedException.Busy()));
						return;
					}
					backOff(contended);
				}
			}
			catch (RuntimeException ex) {
				snapshots.forget(ids);
				remaining.forEach(pending -> pending.result().completeExceptionally(ex));
				return;
			}
		}
	}

	private boolean retryOfRecentKey(Pending pending) {
		boolean retry = pending.command()
			.reply()
			.filter(reply -> recentKeys.contains(reply.claim().id(), clock.instant()))
			.isPresent();
		if (retry) {
			pending.result().completeExceptionally(new IdempotencyKeyTakenException());
		}
		return retry;
	}

	private void commit(TransferPlan plan, List<Pending> pending) {
		if (!plan.planned().isEmpty()) {
			batchSize.record(plan.planned().size());
			commitTimer.record(() -> transactions.commit(plan));
			snapshots.committed(plan.accountChanges().values());
			Instant now = clock.instant();
			plan.planned()
				.forEach(planned -> planned.command()
					.reply()
					.ifPresent(reply -> recentKeys.add(reply.claim().id(), now)));
			announce(plan, pending);
		}
		plan.planned().forEach(planned -> find(pending, planned.command()).result().complete(planned.transfer()));
		plan.rejected()
			.forEach(rejected -> find(pending, rejected.command()).result().completeExceptionally(rejected.reason()));
	}

	private static Set<String> refusedOnRememberedAccounts(TransferPlan plan, AccountSnapshots.Reading reading) {
		Set<String> ids = new HashSet<>();
		for (TransferPlan.Rejected rejected : plan.rejected()) {
			if (decidedOnAccounts(rejected.reason())) {
				ids.add(rejected.command().fromAccountId());
				ids.add(rejected.command().toAccountId());
			}
		}
		ids.retainAll(reading.remembered());
		return ids;
	}

	/** A copy of a transfer or of a request is refused whatever the balances say. */
	private static boolean decidedOnAccounts(BusinessException reason) {
		return !(reason instanceof IdempotencyKeyTakenException
				|| reason instanceof TransferRejectedException.DuplicateTransfer);
	}

	/**
	 * One batched send for the whole commit, off the writer thread. The money has moved
	 * whatever happens here: a lost event is logged, never turned into a failed transfer.
	 */
	private void announce(TransferPlan plan, List<Pending> pending) {
		List<OutgoingEvent> completed = plan.planned()
			.stream()
			.map(planned -> OutgoingEvent.of(TransferCompleted.TYPE, TransferCompleted.from(planned.transfer()))
				.forUser(planned.transfer().userId())
				.correlatedWith(find(pending, planned.command()).correlationId()))
			.toList();
		Thread.startVirtualThread(() -> {
			try {
				events.publishAll(TransferCompleted.QUEUE, completed);
			}
			catch (RuntimeException ex) {
				log.error("{} transfers committed but their events were not all published", completed.size(), ex);
			}
		});
	}

	/**
	 * Takes the doomed transfers out of the batch. An identity that exists dooms every
	 * waiting transfer that claims it, not just the one named: concurrent duplicates of
	 * one payment (same transfer id) or of one request (same idempotency key).
	 */
	private static void fail(List<Pending> remaining, Map<TransferCommand, BusinessException> doomed) {
		doomed.forEach((command, reason) -> remaining.removeIf(pending -> {
			boolean same = pending.command() == command
					|| (reason instanceof TransferRejectedException.DuplicateTransfer
							&& pending.command().transferId().equals(command.transferId()))
					|| (reason instanceof IdempotencyKeyTakenException && sameKey(pending.command(), command));
			if (same) {
				pending.result().completeExceptionally(reason);
			}
			return same;
		}));
	}

	private static boolean sameKey(TransferCommand one, TransferCommand other) {
		return one.reply().isPresent() && other.reply().isPresent()
				&& one.reply().get().claim().id().equals(other.reply().get().claim().id());
	}

	private static Set<String> accountIds(List<Pending> pending) {
		Set<String> ids = new HashSet<>();
		pending.forEach(p -> {
			ids.add(p.command().fromAccountId());
			ids.add(p.command().toAccountId());
		});
		return ids;
	}

	/**
	 * Strictly increasing, so ledger order matches the order balances were computed in.
	 */
	private Instant nextTimestamp() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		lastTimestamp = now.isAfter(lastTimestamp) ? now : lastTimestamp.plus(1, ChronoUnit.MICROS);
		return lastTimestamp;
	}

	private static void backOff(int attempt) throws InterruptedException {
		long cap = Math.min(200, 5L << Math.min(attempt, 6));
		Thread.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
	}

	private static List<TransferCommand> commands(List<Pending> pending) {
		return pending.stream().map(Pending::command).toList();
	}

	private static Pending find(List<Pending> pending, TransferCommand command) {
		return pending.stream().filter(p -> p.command() == command).findFirst().orElseThrow();
	}

}
