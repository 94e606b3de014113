package com.digitalbank.platform.groupcommit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What a {@link GroupWriter} has yet to write, and how its next group is formed: the
 * items carried over first, in order, then the ones queued since, at most one per key.
 * Items arrive from any thread; everything else runs on the writer's thread only.
 */
final class WaitingItems<T> {

	private static final long FIRST_ITEM_WAIT_MILLIS = 100;

	private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();

	/** Only the writer's thread touches it: items put off to a later group, in order. */
	private final Deque<T> carried = new ArrayDeque<>();

	private final int maxGroup;

	/** {@code null} when any items may share a group. */
	private final Function<? super T, ?> key;

	/**
	 * How many items are looked at for a group: more than fit when some may be put off.
	 */
	private final int lookAhead;

	WaitingItems(int maxGroup, Function<? super T, ?> key) {
		if (maxGroup < 1) {
			throw new IllegalArgumentException("A group holds at least one item, not " + maxGroup);
		}
		this.maxGroup = maxGroup;
		this.key = key;
		this.lookAhead = key != null ? (int) Math.min(Integer.MAX_VALUE, 2L * maxGroup) : maxGroup;
	}

	void add(T item) {
		queue.add(item);
	}

	/** Takes back an item no group took yet (by identity: two items may be equal). */
	boolean remove(T item) {
		return queue.removeIf(queued -> queued == item);
	}

	boolean isEmpty() {
		return carried.isEmpty() && queue.isEmpty();
	}

	/**
	 * The next group, empty when no item came within a short wait. Items whose key is
	 * already in the group stay, in order, for a later one.
	 */
	List<T> next() throws InterruptedException {
		if (carried.isEmpty()) {
			T first = queue.poll(FIRST_ITEM_WAIT_MILLIS, TimeUnit.MILLISECONDS);
			if (first == null) {
				return List.of();
			}
			carried.add(first);
		}
		queue.drainTo(carried, Math.max(0, lookAhead - carried.size()));
		List<T> group = new ArrayList<>(Math.min(maxGroup, carried.size()));
		Set<Object> keys = new HashSet<>();
		Iterator<T> candidates = carried.iterator();
		while (candidates.hasNext() && group.size() < maxGroup) {
			T item = candidates.next();
			if (key == null || keys.add(key.apply(item))) {
				group.add(item);
				candidates.remove();
			}
		}
		return group;
	}

	/** Puts items handed back by the committer ahead of every other one, in order. */
	void carry(List<T> items) {
		for (int i = items.size() - 1; i >= 0; i--) {
			carried.addFirst(items.get(i));
		}
	}

	/** Everything still waiting, carried items first; leaves nothing behind. */
	List<T> takeAll() {
		List<T> all = new ArrayList<>(carried);
		carried.clear();
		queue.drainTo(all);
		return all;
	}

}
