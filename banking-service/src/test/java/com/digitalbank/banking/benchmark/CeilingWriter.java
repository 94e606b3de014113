package com.digitalbank.banking.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The store's group-commit ceiling: one thread takes every transfer waiting at that
 * moment, up to 16, and commits them in one bare transaction ({@link BareTransfers}), as
 * the service's writer does, with nothing else around it: no HTTP, JWT, JSON, idempotency
 * filter, planning on a snapshot, events or metrics. Clients block in {@link #transfer}
 * until their transfer committed.
 */
final class CeilingWriter implements AutoCloseable {

	static final int MAX_BATCH = 16;

	private record Waiting(BareTransfers.Move move, CompletableFuture<Void> committed) {
	}

	private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();

	private final BareTransfers bare;

	private final Thread thread;

	private volatile boolean open = true;

	// Written by the writer thread only; read after close(), which joins it.
	private long transactions;

	private long transfers;

	private long cancellations;

	CeilingWriter(BareTransfers bare) {
		this.bare = bare;
		this.thread = Thread.ofPlatform().name("ceiling-writer").daemon(true).start(this::run);
	}

	void transfer(BareTransfers.Move move) {
		CompletableFuture<Void> committed = new CompletableFuture<>();
		queue.add(new Waiting(move, committed));
		committed.join();
	}

	private void run() {
		List<Waiting> batch = new ArrayList<>(MAX_BATCH);
		while (open || !queue.isEmpty()) {
			try {
				Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				cancellations += bare.commit(batch.stream().map(Waiting::move).toList());
				transactions++;
				transfers += batch.size();
				batch.forEach(waiting -> waiting.committed().complete(null));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				batch.forEach(waiting -> waiting.committed().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	/** Stops once every waiting transfer committed. */
	@Override
	public void close() throws InterruptedException {
		open = false;
		thread.join();
	}

	double transfersPerTransaction() {
		return (double) transfers / transactions;
	}

	long cancellations() {
		return cancellations;
	}

}
