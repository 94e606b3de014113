package com.digitalbank.platform.saga;

import java.time.Duration;

/**
 * How hard a saga tries.
 *
 * @param maxStepAttempts calls of a step up to the pivot whose outcome stays unknown
 * before the saga gives up and compensates
 * @param baseBackoff wait before the second call, doubled on each further one
 * @param maxBackoff longest wait between two calls
 * @param stepLease how long a driver holds a saga while it calls a step; past it another
 * driver (a redelivery, the sweeper) takes over, as after a crash
 * @param alertAfter attempts of a compensation, or of a step after the pivot, after which
 * the saga is reported stuck (it keeps trying)
 */
public record SagaPolicy(int maxStepAttempts, Duration baseBackoff, Duration maxBackoff, Duration stepLease,
		int alertAfter) {

	public SagaPolicy {
		if (maxStepAttempts < 1 || alertAfter < 1) {
			throw new IllegalArgumentException("maxStepAttempts and alertAfter must be at least 1");
		}
	}

	Duration backoff(int attempts) {
		int doublings = Math.min(Math.max(attempts - 1, 0), 30);
		Duration wait = baseBackoff.multipliedBy(1L << doublings);
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}

}
