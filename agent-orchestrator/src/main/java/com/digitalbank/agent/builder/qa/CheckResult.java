package com.digitalbank.agent.builder.qa;

import java.util.List;

import com.digitalbank.agent.builder.QaReport.QaCheck;
import com.digitalbank.agent.builder.QaReport.QaFailure;

/** One check's outcome and the failures it found. */
record CheckResult(QaCheck check, List<QaFailure> failures) {

	static final String PASSED = "PASSED";

	static final String FAILED = "FAILED";

	static final String SKIPPED = "SKIPPED";

	/** Could not be checked here: counted against the score, not failed. */
	static final String UNVERIFIED = "UNVERIFIED";

	CheckResult {
		failures = List.copyOf(failures);
	}

	static CheckResult of(String name, int files, List<QaFailure> failures) {
		return new CheckResult(new QaCheck(name, failures.isEmpty() ? (files == 0 ? SKIPPED : PASSED) : FAILED, files,
				failures.isEmpty() ? null : failures.size() + " problems"), failures);
	}

}
