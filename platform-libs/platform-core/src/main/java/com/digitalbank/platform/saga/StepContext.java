package com.digitalbank.platform.saga;

/**
 * What a step or compensation is called with.
 *
 * @param requestId the same on every attempt of this step: the idempotency key to hand
 * the participant, so that a retry after an unknown outcome has no second effect
 * @param attempt 1 on the first call
 */
public record StepContext<D>(String sagaId, String step, String requestId, int attempt, D data) {

	static String requestId(String sagaId, String step) {
		return sagaId + ":" + step;
	}

}
