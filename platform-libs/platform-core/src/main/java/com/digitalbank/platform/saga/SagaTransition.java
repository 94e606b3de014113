package com.digitalbank.platform.saga;

/**
 * One change of a saga's state, as a service sees it to record its own effects.
 *
 * @param previous null when the saga begins
 */
public record SagaTransition<D>(SagaState previous, SagaState next, D data) {

	public boolean begins() {
		return previous == null;
	}

	/** The saga's status changed (it began, began compensating, or ended). */
	public boolean statusChanged() {
		return previous == null || previous.status() != next.status();
	}

}
