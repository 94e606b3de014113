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

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.persistence.AccountStore;
import com.digitalbank.banking.transfer.persistence.LedgerTransactions;
import com.digitalbank.platform.correlation.CorrelationId;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.problem.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit: one thread takes the transfers waiting at this instance, reads their accounts
 * once, plans them in arrival order and commits them in one transaction. Contention on a hot
 * account becomes batching instead of version conflicts; conflicts with other instances are
 * retried on fresh balances with backoff and jitter.
 */
@Component
class TransferWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TransferWriter.class);

	private record Pending(TransferCommand command, CompletableFuture<Transfer> result, String correlationId) {
	}

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final AccountStore accounts;

	private final LedgerTransactions transactions;

	private final TransferPlanner planner;

	private final TransferProperties properties;

	private final EventPublisher events;

	private final Clock clock;

	private volatile boolean running;

	private Thread thread;

	private Instant lastTimestamp = Instant.EPOCH;

	TransferWriter(AccountStore accounts, LedgerTransactions transactions, TransferProperties properties,
			EventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.transactions = transactions;
		this.planner = new TransferPlanner(properties.maxAmount());
		this.properties = properties;
		this.events = events;
		this.clock = clock;
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

	private void process(List<Pending> batch) throws InterruptedException {
		List<Pending> remaining = new ArrayList<>(batch);
		for (int attempt = 1; !remaining.isEmpty(); attempt++) {
			try {
				TransferPlan plan = planner.plan(commands(remaining), snapshot(remaining), this::nextTimestamp);
				if (!plan.planned().isEmpty()) {
					transactions.commit(plan);
					announce(plan, remaining);
				}
				plan.planned().forEach(planned -> find(remaining, planned.command()).result().complete(planned.transfer()));
				plan.rejected().forEach(rejected -> find(remaining, rejected.command()).result()
					.completeExceptionally(rejected.reason()));
				return;
			}
			catch (CommitConflict conflict) {
				fail(remaining, conflict.rejected());
				if (attempt >= properties.maxAttempts()) {
					remaining.forEach(pending -> pending.result().completeExceptionally(new TransferRejectedException.Busy()));
					return;
				}
				if (conflict.contention()) {
					backOff(attempt);
				}
			}
			catch (RuntimeException ex) {
				remaining.forEach(pending -> pending.result().completeExceptionally(ex));
				return;
			}
		}
	}

	/**
	 * One batched send for the whole commit, off the writer thread. The money has moved whatever
	 * happens here: a lost event is logged, never turned into a failed transfer.
	 */
	private void announce(TransferPlan plan, List<Pending> pending) {
		List<OutgoingEvent> completed = plan.planned().stream()
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
	 * Takes the doomed transfers out of the batch. A transfer id that exists dooms every waiting
	 * transfer with that id (concurrent duplicates of one payment), not just the one named.
	 */
	private static void fail(List<Pending> remaining, Map<TransferCommand, BusinessException> doomed) {
		doomed.forEach((command, reason) -> remaining.removeIf(pending -> {
			boolean same = pending.command() == command
					|| (reason instanceof TransferRejectedException.DuplicateTransfer
							&& pending.command().transferId().equals(command.transferId()));
			if (same) {
				pending.result().completeExceptionally(reason);
			}
			return same;
		}));
	}

	private Map<String, Account> snapshot(List<Pending> pending) {
		Set<String> ids = new HashSet<>();
		pending.forEach(p -> {
			ids.add(p.command().fromAccountId());
			ids.add(p.command().toAccountId());
		});
		return accounts.findAll(ids);
	}

	/** Strictly increasing, so ledger order matches the order balances were computed in. */
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
