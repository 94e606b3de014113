package com.digitalbank.agent.builder;

import java.time.Instant;
import java.util.List;

/**
 * What QA found in one revision on one attempt.
 *
 * @param score 0 to 100
 * @param passed no failure: the project goes on to packaging
 * @param checks what was checked, and how it went
 * @param failures what Dev must fix, by file and line
 */
public record QaReport(int revision, int attempt, int score, boolean passed, List<QaCheck> checks,
		List<QaFailure> failures, QaMetrics metrics, Instant createdAt) {

	public QaReport {
		checks = List.copyOf(checks);
		failures = List.copyOf(failures);
	}

	/** One kind of check over the files it applies to. */
	public record QaCheck(String name, String outcome, int files, String detail) {

	}

	/** Something wrong in a file; {@code line} is 0 when the file as a whole is wrong. */
	public record QaFailure(String path, long line, String check, String message) {

	}

	/** Size and shape of the project. */
	public record QaMetrics(int files, int lines, int codeLines, int commentLines, int testFiles, int todos) {

	}

}
