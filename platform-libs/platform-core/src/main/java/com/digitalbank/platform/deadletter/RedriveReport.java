package com.digitalbank.platform.deadletter;

import java.util.List;

/**
 * The outcome of a redrive, message by message. {@code limitReached}: the redrive stopped
 * after the most messages one call handles; call again for the rest.
 */
public record RedriveReport(String queue, String deadLetterQueue, int moved, int failed, boolean limitReached,
		List<RedriveOutcome> messages) {

	static RedriveReport of(String queue, String deadLetterQueue, boolean limitReached, List<RedriveOutcome> outcomes) {
		int failed = (int) outcomes.stream().filter(RedriveOutcome::failed).count();
		return new RedriveReport(queue, deadLetterQueue, outcomes.size() - failed, failed, limitReached,
				List.copyOf(outcomes));
	}

}
