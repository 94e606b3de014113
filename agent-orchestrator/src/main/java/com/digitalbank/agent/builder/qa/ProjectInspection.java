package com.digitalbank.agent.builder.qa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.QaReport;
import com.digitalbank.agent.builder.QaReport.QaFailure;
import com.digitalbank.agent.builder.QaReport.QaMetrics;

/**
 * Runs every check over a project's files and scores it: 100, less 15 per failure (at
 * most 60), 10 for a check that could not be judged, 10 for Java code without tests, 2
 * per TODO (at most 10). The project passes when nothing failed.
 */
final class ProjectInspection {

	static final int MAX_FAILURES_REPORTED = 50;

	private ProjectInspection() {
	}

	static QaReport inspect(int revision, int attempt, List<FileContent> files, Instant now) {
		List<CheckResult> results = new ArrayList<>();
		results.add(JavaCompilation.check(files));
		results.addAll(StructuredText.check(files));
		List<QaFailure> failures = results.stream().flatMap(result -> result.failures().stream()).toList();
		QaMetrics metrics = ProjectMeasures.of(files);
		int score = score(results, failures, metrics, files);
		return new QaReport(revision, attempt, score, failures.isEmpty(),
				results.stream().map(CheckResult::check).toList(),
				failures.size() > MAX_FAILURES_REPORTED ? failures.subList(0, MAX_FAILURES_REPORTED) : failures,
				metrics, now);
	}

	private static int score(List<CheckResult> results, List<QaFailure> failures, QaMetrics metrics,
			List<FileContent> files) {
		int score = 100 - Math.min(60, 15 * failures.size());
		score -= 10 * (int) results.stream()
			.filter(result -> CheckResult.UNVERIFIED.equals(result.check().outcome()))
			.count();
		boolean java = files.stream().anyMatch(file -> file.path().endsWith(".java"));
		if (java && metrics.testFiles() == 0) {
			score -= 10;
		}
		score -= Math.min(10, 2 * metrics.todos());
		return Math.max(0, score);
	}

}
