package com.digitalbank.platform.saga;

import java.time.Instant;

/**
 * The history of one step as the saga stores it.
 *
 * @param attempts calls of the step, then of its compensation once compensating
 * @param detail what the step answered, or why it failed last
 */
public record StepRecord(String name, StepStatus status, int attempts, Instant startedAt, Instant updatedAt,
		String detail) {

	StepRecord with(StepStatus newStatus, int newAttempts, Instant now, String newDetail) {
		return new StepRecord(name, newStatus, newAttempts, startedAt, now, newDetail);
	}

}
