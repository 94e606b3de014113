package com.digitalbank.platform.saga;

/** Where a saga stands: running forwards, compensating backwards, or ended. */
public enum SagaStatus {

	RUNNING, COMPENSATING, COMPLETED, FAILED;

	public boolean terminal() {
		return this == COMPLETED || this == FAILED;
	}

}
