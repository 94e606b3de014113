package com.digitalbank.platform.saga;

/**
 * What is known of one step. {@code STARTED} means it was called and its outcome is not
 * known yet: a step in that state is compensated like a done one, because it may have
 * taken effect.
 */
public enum StepStatus {

	STARTED, DONE, REFUSED, COMPENSATING, COMPENSATED

}
