package com.digitalbank.platform.saga;

import java.util.List;

/**
 * A kind of saga a service runs: its steps in order and its pivot. Steps up to the pivot
 * may fail, and then the saga compensates backwards; steps after it must succeed, and the
 * saga retries them forwards until they do.
 */
public interface SagaDefinition<D> {

	/** Stored with each saga to find its definition again; never rename one in flight. */
	String type();

	Class<D> dataType();

	List<SagaStep<D>> steps();

	/** Index in {@link #steps()} of the go/no-go step. */
	int pivot();

	/**
	 * Called for every change of a saga's state, to write what goes with it in the same
	 * transaction: the service's own items and the events announcing the change.
	 */
	default void onTransition(SagaTransition<D> transition, SagaWrites writes) {
	}

}
