package com.digitalbank.platform.saga;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A saga as stored: one item, replaced only by a write conditioned on {@code version}.
 *
 * @param current the step running forwards, or being compensated backwards
 * @param steps one record per step reached so far, in step order
 * @param dueAt when a driver should look at it next: now for a saga ready to go on, the
 * end of a backoff, or the end of a running step's lease; null once ended
 * @param failureReason why it compensated; null unless compensating or failed
 */
public record SagaState(String sagaId, String type, SagaStatus status, long version, int current,
		List<StepRecord> steps, JsonNode data, String failureReason, Instant createdAt, Instant updatedAt,
		Instant dueAt) {

	public SagaState {
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	static SagaState begin(String sagaId, String type, JsonNode data, Instant now) {
		return new SagaState(sagaId, type, SagaStatus.RUNNING, 0, 0, List.of(), data, null, now, now, now);
	}

	/** The record of the current step, or null before its first call. */
	StepRecord currentStep() {
		return current < steps.size() ? steps.get(current) : null;
	}

	SagaState withStep(StepRecord step, Instant now, Instant due) {
		List<StepRecord> changed = new ArrayList<>(steps);
		if (current < changed.size()) {
			changed.set(current, step);
		}
		else {
			changed.add(step);
		}
		return new SagaState(sagaId, type, status, version, current, changed, data, failureReason, createdAt, now, due);
	}

	SagaState moveTo(SagaStatus newStatus, int newCurrent, String reason, Instant due) {
		return new SagaState(sagaId, type, newStatus, version, newCurrent, steps, data, reason, createdAt, updatedAt,
				due);
	}

	SagaState nextVersion() {
		return new SagaState(sagaId, type, status, version + 1, current, steps, data, failureReason, createdAt,
				updatedAt, dueAt);
	}

}
