package com.digitalbank.platform.saga;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counters an alarm can watch: sagas ended by outcome, and sagas reported stuck. */
final class SagaMetrics {

	private final MeterRegistry meters;

	SagaMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	void ended(String type, SagaStatus status) {
		if (meters != null) {
			Counter.builder("saga.ended").tag("type", type).tag("status", status.name()).register(meters).increment();
		}
	}

	void stuck(String type) {
		if (meters != null) {
			Counter.builder("saga.stuck")
				.description("Compensations, or steps past the pivot, that keep failing")
				.tag("type", type)
				.register(meters)
				.increment();
		}
	}

}
