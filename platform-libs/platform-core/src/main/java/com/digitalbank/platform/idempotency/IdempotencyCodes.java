package com.digitalbank.platform.idempotency;

/** Problem codes of the idempotency mechanism. */
public final class IdempotencyCodes {

	public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";

	public static final String REQUEST_IN_PROGRESS = "REQUEST_IN_PROGRESS";

	public static final String INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY";

	private IdempotencyCodes() {
	}

}
