package com.digitalbank.banking.transfer.commit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that forgets its least recently used entry once it holds more than
 * {@code capacity}: what the writer remembers stays bounded. Not thread-safe: only the
 * writer thread uses it.
 */
final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

	private final int capacity;

	LeastRecentlyUsed(int capacity) {
		super(16, 0.75f, true);
		this.capacity = capacity;
	}

	@Override
	protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
		return size() > capacity;
	}

}
