package com.digitalbank.banking.transfer.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.banking.transfer.TransferRejectedException;
import com.digitalbank.platform.correlation.CorrelationId;
import com.digitalbank.platform.idempotency.IdempotencyContext;
import com.digitalbank.platform.messaging.MessageTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one thread per instance that commits transfers: it takes every transfer waiting at
 * that moment, up to {@code maxBatch}, and hands them to {@link GroupCommit} together.
 * Contention on a hot account becomes batching instead of version conflicts.
 */
@Component
public class TransferWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TransferWriter.class);

	private final BlockingQueue<PendingTransfer> queue = new LinkedBlockingQueue<>();

	private final GroupCommit groupCommit;

	private final TransferProperties properties;

	private final MessageTracing tracing;

	private volatile boolean running;

	private Thread thread;

	TransferWriter(GroupCommit groupCommit, TransferProperties properties, MessageTracing tracing) {
		this.groupCommit = groupCommit;
		this.properties = properties;
		this.tracing = tracing;
	}

	/**
	 * Queues the transfer; the future completes once it committed or was refused. Called
	 * on the request's thread, which is where its correlation id, trace and idempotency
	 * claim are taken from.
	 */
	public CompletableFuture<Transfer> submit(TransferCommand command) {
		return submit(new PendingTransfer(command, CorrelationId.current(), tracing.current(),
				IdempotencyContext.currentClaim()));
	}

	CompletableFuture<Transfer> submit(PendingTransfer pending) {
		if (!running) {
			pending.fail(new TransferRejectedException.Busy());
		}
		else {
			queue.add(pending);
		}
		return pending.result();
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
				PendingTransfer first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				List<PendingTransfer> batch = new ArrayList<>(properties.maxBatch());
				batch.add(first);
				queue.drainTo(batch, properties.maxBatch() - 1);
				groupCommit.process(batch);
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

}
