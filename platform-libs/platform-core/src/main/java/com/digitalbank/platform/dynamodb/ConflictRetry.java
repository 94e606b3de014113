package com.digitalbank.platform.dynamodb;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Runs a DynamoDB call again while it fails only because a concurrent transaction held
 * its items ({@code TransactionConflictException} for a single-item write, a
 * {@link TransactionCancelledException} whose every reason is a conflict for a
 * transaction): DynamoDB decided nothing, so the same call may simply run again. Each
 * retry follows a random pause that grows with the attempt, up to 200 ms, so that the
 * writers that collided do not collide again. Any other failure, and the conflict of the
 * last of {@code attempts}, reach the caller as thrown.
 */
public record ConflictRetry(int attempts) {

	private static final long MAX_PAUSE_MILLIS = 200;

	public ConflictRetry {
		if (attempts < 1) {
			throw new IllegalArgumentException("At least one attempt, not " + attempts);
		}
	}

	public <R> R call(Supplier<R> call) {
		for (int attempt = 1;; attempt++) {
			try {
				return call.get();
			}
			catch (RuntimeException ex) {
				if (!isConflict(ex) || attempt >= attempts) {
					throw ex;
				}
				pause(attempt);
			}
		}
	}

	public void run(Runnable call) {
		call(() -> {
			call.run();
			return null;
		});
	}

	static boolean isConflict(RuntimeException ex) {
		return ex instanceof TransactionConflictException
				|| (ex instanceof TransactionCancelledException cancelled && cancelled.onlyConflicts());
	}

	private static void pause(int attempt) {
		long bound = Math.min(MAX_PAUSE_MILLIS, 10L << Math.min(attempt, 10));
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying a DynamoDB call", ex);
		}
	}

}
