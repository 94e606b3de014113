package com.digitalbank.platform.saga;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for crash tests of a whole service: halts the JVM, as a power cut
 * would, at one named point of the driver ({@code <step>:before} or {@code <step>:after}
 * a step's call, {@code <step>:undo-before} or {@code <step>:undo-after} its
 * compensation). Off unless {@code platform.saga.halt-at} names a point; never set it
 * outside a test.
 */
final class SagaHaltPoint {

	private static final Logger log = LoggerFactory.getLogger(SagaHaltPoint.class);

	/** The exit status of a halted process, as a kill -9 leaves. */
	static final int STATUS = 137;

	private final String point;

	SagaHaltPoint(String point) {
		this.point = point == null || point.isBlank() ? null : point.trim();
		if (this.point != null) {
			log.warn("This process halts at saga point {}: a crash test is running", this.point);
		}
	}

	void reached(String step, String moment) {
		if (point != null && point.equals(step + ":" + moment)) {
			log.warn("Halting at saga point {}", point);
			Runtime.getRuntime().halt(STATUS);
		}
	}

}
