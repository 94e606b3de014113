package com.digitalbank.agent.builder.web;

import java.time.Instant;
import java.util.List;

import com.digitalbank.agent.builder.QaReport;
import io.swagger.v3.oas.annotations.media.Schema;

/** QA's newest report: its checks, failures, metrics and score. */
@Schema(requiredProperties = { "revision", "attempt", "score", "passed", "checks", "failures", "metrics", "createdAt" })
record ReportResponse(int revision, int attempt, @Schema(example = "100") int score, boolean passed, List<Check> checks,
		List<Failure> failures, Metrics metrics, Instant createdAt) {

	static ReportResponse from(QaReport report) {
		QaReport.QaMetrics m = report.metrics();
		return new ReportResponse(report.revision(), report.attempt(), report.score(), report.passed(),
				report.checks()
					.stream()
					.map(check -> new Check(check.name(), check.outcome(), check.files(), check.detail()))
					.toList(),
				report.failures()
					.stream()
					.map(failure -> new Failure(failure.path(), failure.line(), failure.check(), failure.message()))
					.toList(),
				new Metrics(m.files(), m.lines(), m.codeLines(), m.commentLines(), m.testFiles(), m.todos()),
				report.createdAt());
	}

	/**
	 * One check and its outcome: PASSED, FAILED, SKIPPED (nothing to check) or
	 * UNVERIFIED.
	 */
	@Schema(name = "QaCheck", requiredProperties = { "name", "outcome", "files" })
	record Check(@Schema(example = "java-compilation") String name, @Schema(example = "PASSED") String outcome,
			int files, String detail) {

	}

	/** A problem in a file; line 0 for the file as a whole. */
	@Schema(name = "QaFailure", requiredProperties = { "path", "line", "check", "message" })
	record Failure(String path, long line, String check, String message) {

	}

	/** Size and shape of the project. */
	@Schema(name = "QaMetrics",
			requiredProperties = { "files", "lines", "codeLines", "commentLines", "testFiles", "todos" })
	record Metrics(int files, int lines, int codeLines, int commentLines, int testFiles, int todos) {

	}

}
