package com.digitalbank.platform.saga;

/**
 * A step's definite answer. A step that cannot tell (a timeout, the participant away)
 * throws instead: the saga retries it with the same request id, and compensates it when
 * it gives up, since it may have taken effect.
 */
public sealed interface StepResult {

	static StepResult done(String detail) {
		return new Done(detail);
	}

	/**
	 * The participant refused and nothing happened: the saga compensates what came
	 * before.
	 */
	static StepResult refused(String reason) {
		return new Refused(reason);
	}

	record Done(String detail) implements StepResult {
	}

	record Refused(String reason) implements StepResult {
	}

}
