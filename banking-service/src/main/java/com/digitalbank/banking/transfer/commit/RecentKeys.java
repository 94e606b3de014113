package com.digitalbank.banking.transfer.commit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Idempotency keys a writer committed in the last few minutes, at most {@code capacity}
 * of them, so that a client's retry is answered from its stored record instead of
 * cancelling a whole batch on the key's condition. Minutes, not the record's retention:
 * after that a key must be free again, and only the table knows. Not thread-safe: one
 * writer thread.
 */
final class RecentKeys {

	private static final Duration KEPT = Duration.ofMinutes(10);

	private final Map<String, Instant> committed;

	RecentKeys(int capacity) {
		this.committed = new LeastRecentlyUsed<>(capacity);
	}

	void add(String key, Instant at) {
		committed.put(key, at);
	}

	boolean contains(String key, Instant now) {
		Instant at = committed.get(key);
		return at != null && at.isAfter(now.minus(KEPT));
	}

}
