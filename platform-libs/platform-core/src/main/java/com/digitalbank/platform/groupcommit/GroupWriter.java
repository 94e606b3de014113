package com.digitalbank.platform.groupcommit;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one thread per instance that writes a service's items in groups: it takes every
 * item waiting at that moment, up to {@code maxGroup}, and hands them to the
 * {@link Committer} together. Requests that would each run a transaction of their own,
 * and collide on the same hot items, instead share one: contention becomes batching.
 * <p>
 * With a key, a group holds at most one item per key, because a DynamoDB transaction may
 * touch an item only once; the others wait, in order, for a later group. Items the
 * committer hands back go first into the next group, ahead of everything queued since.
 * <p>
 * {@link #stop()} stops taking items and waits (up to 20 s) while the thread writes all
 * that is queued or handed back; only a committer that is interrupted ends the thread
 * early, and what is left then fails. An item enqueued while the writer is not running
 * fails at once. To fail an item is to call {@code failure} with a
 * {@link GroupWriterStoppedException}, or with the committer's exception when it threw on
 * the item's group (logged; the thread goes on with the next group). {@code failure} may
 * therefore reach an item the committer already answered, and must keep the first answer,
 * as a {@code CompletableFuture} does.
 * <p>
 * A service constructs (or extends) one for its own item type; it is not auto-configured.
 */
public class GroupWriter<T> implements SmartLifecycle {

	/** Starts before and stops after the web server and the SQS listeners it answers. */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final long STOP_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(20);

	private static final Logger log = LoggerFactory.getLogger(GroupWriter.class);

	/**
	 * Writes one group and answers its items, except the ones it returns (never
	 * {@code null}): those go first into the next group. An item handed back again and
	 * again keeps the writer from stopping, so hand one back a bounded number of times.
	 */
	@FunctionalInterface
	public interface Committer<T> {

		List<T> commit(List<T> group) throws InterruptedException;

	}

	private final String threadName;

	private final WaitingItems<T> waiting;

	private final Committer<T> committer;

	private final BiConsumer<? super T, ? super RuntimeException> failure;

	private volatile boolean running;

	private volatile Thread thread;

	/** A writer whose groups may hold any items together. */
	public GroupWriter(String threadName, int maxGroup, Committer<T> committer,
			BiConsumer<? super T, ? super RuntimeException> failure) {
		this(threadName, maxGroup, null, committer, failure);
	}

	/**
	 * A writer whose groups hold at most one item per {@code key}: equal keys name the
	 * same item of the store, which one transaction may touch only once.
	 */
	public GroupWriter(String threadName, int maxGroup, Function<? super T, ?> key, Committer<T> committer,
			BiConsumer<? super T, ? super RuntimeException> failure) {
		this.threadName = threadName;
		this.waiting = new WaitingItems<>(maxGroup, key);
		this.committer = committer;
		this.failure = failure;
	}

	/**
	 * Queues the item for the next group. Its answer comes from the committer, or from
	 * {@code failure} when the writer is not running.
	 */
	public void enqueue(T item) {
		if (!running) {
			failure.accept(item, notRunning());
			return;
		}
		waiting.add(item);
		// Stopped meanwhile: the writer may have left already, so take it back unless a
		// group took it (then that group answers it).
		if (!running && waiting.remove(item)) {
			failure.accept(item, notRunning());
		}
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().name(threadName).daemon(true).start(this::run);
	}

	/** Stops taking items, writes the ones already waiting (up to 20 s), then returns. */
	@Override
	public void stop() {
		running = false;
		if (thread != null) {
			try {
				thread.join(STOP_WAIT_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void run() {
		while (running || !waiting.isEmpty()) {
			List<T> group = List.of();
			try {
				group = waiting.next();
				if (!group.isEmpty()) {
					waiting.carry(committer.commit(group));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				waiting.carry(group);
				break;
			}
			catch (RuntimeException ex) {
				log.error("{} failed a group of {}", threadName, group.size(), ex);
				group.forEach(item -> failure.accept(item, ex));
			}
		}
		// Not running from here on (also when interrupted): nothing enqueued later may
		// wait for a writer that is gone. Unless a restart already replaced this thread.
		if (thread == Thread.currentThread()) {
			running = false;
		}
		GroupWriterStoppedException stopped = new GroupWriterStoppedException(threadName + " stopped");
		waiting.takeAll().forEach(item -> failure.accept(item, stopped));
	}

	private GroupWriterStoppedException notRunning() {
		return new GroupWriterStoppedException(threadName + " is not running");
	}

}
