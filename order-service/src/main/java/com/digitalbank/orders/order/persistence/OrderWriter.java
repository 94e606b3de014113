package com.digitalbank.orders.order.persistence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Group commit for the pipeline's writes: the record writer's put of each new order, the
 * steps' claims and marks. The one thread per instance that writes them takes every write
 * waiting at that moment, up to {@code orders.pipeline.write-batch-size} on different
 * orders, and writes them as one {@link WriteGroup}. The steps' handlers run side by side
 * on virtual threads and each waits for its own answer, so under load a write costs a
 * share of one transaction instead of a call of its own; alone, it is still one
 * {@code PutItem} or {@code UpdateItem}. A write of an order already in the group waits
 * for the next one (a transaction may touch an item only once).
 */
@Component
class OrderWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OrderWriter.class);

	/**
	 * Groups a write may be cancelled with by the others' faults before it is written
	 * alone.
	 */
	static final int MAX_ATTEMPTS = 5;

	private final BlockingQueue<PendingWrite> queue = new LinkedBlockingQueue<>();

	/** Only the writer's thread touches it: writes put off to the next group. */
	private final Deque<PendingWrite> carried = new ArrayDeque<>();

	private final WriteGroup group;

	private final int maxGroup;

	private volatile boolean running;

	private Thread thread;

	OrderWriter(DynamoDbClient dynamoDb, @Value("${orders.pipeline.write-batch-size:25}") int maxGroup) {
		this.group = new WriteGroup(dynamoDb);
		this.maxGroup = Math.clamp(maxGroup, 1, 100);
	}

	/**
	 * Writes the update with others waiting now, and answers when it is decided;
	 * {@code read} asks for the item after it.
	 */
	WriteOutcome update(Update update, boolean read) {
		return write(PendingWrite.of(update, read));
	}

	/** Writes the put with others waiting now, and answers when it is decided. */
	WriteOutcome put(Put put) {
		return write(PendingWrite.of(put));
	}

	private WriteOutcome write(PendingWrite write) {
		if (!running) {
			write.fail(new IllegalStateException("The order writer is not running"));
		}
		else {
			queue.add(write);
		}
		try {
			// A safety net for a write queued as the writer stopped; normally answered in
			// milliseconds.
			return write.result().orTimeout(1, TimeUnit.MINUTES).join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().name("order-writer").daemon(true).start(this::run);
	}

	/** Stops taking updates, writes the ones already waiting, then returns. */
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

	/** Starts before and stops after the listeners, whose handlers it answers. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		while (running || !queue.isEmpty() || !carried.isEmpty()) {
			try {
				List<PendingWrite> next = nextGroup();
				if (!next.isEmpty()) {
					carried.addAll(group.write(next));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				log.error("The order writer failed a group", ex);
			}
		}
		IllegalStateException stopped = new IllegalStateException("The order writer stopped");
		carried.forEach(write -> write.fail(stopped));
		queue.forEach(write -> write.fail(stopped));
	}

	/**
	 * The updates put off last time first, then the ones waiting, one per order; waits
	 * briefly for a first one when there is none.
	 */
	private List<PendingWrite> nextGroup() throws InterruptedException {
		if (carried.isEmpty()) {
			PendingWrite first = queue.poll(100, TimeUnit.MILLISECONDS);
			if (first == null) {
				return List.of();
			}
			carried.add(first);
		}
		queue.drainTo(carried, Math.max(0, maxGroup * 2 - carried.size()));
		List<PendingWrite> next = new ArrayList<>(maxGroup);
		Set<Map<String, AttributeValue>> keys = new HashSet<>();
		Deque<PendingWrite> later = new ArrayDeque<>();
		while (!carried.isEmpty() && next.size() < maxGroup) {
			PendingWrite write = carried.poll();
			if (keys.add(write.key())) {
				next.add(write);
			}
			else {
				later.add(write);
			}
		}
		later.addAll(carried);
		carried.clear();
		carried.addAll(later);
		return next;
	}

}
