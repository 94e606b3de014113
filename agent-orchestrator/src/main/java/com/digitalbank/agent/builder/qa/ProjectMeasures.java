package com.digitalbank.agent.builder.qa;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.QaReport.QaMetrics;

/** Counts lines, comments, tests and TODOs: the basic metrics of the report. */
final class ProjectMeasures {

	private static final Pattern TODO = Pattern.compile("\\b(TODO|FIXME)\\b");

	private static final Set<String> CODE = Set.of(".java", ".js", ".ts", ".py", ".css", ".html", ".sh");

	private ProjectMeasures() {
	}

	static QaMetrics of(List<FileContent> files) {
		int lines = 0;
		int code = 0;
		int comments = 0;
		int tests = 0;
		int todos = 0;
		for (FileContent file : files) {
			String path = file.path().value();
			if (path.contains("src/test/") || file.path().fileName().matches(".*(Test|Tests|\\.test|\\.spec)\\..*")) {
				tests++;
			}
			boolean isCode = CODE.stream().anyMatch(path::endsWith);
			for (String line : file.content().split("\n", -1)) {
				lines++;
				String stripped = line.strip();
				if (isCode && isComment(stripped)) {
					comments++;
				}
				else if (isCode && !stripped.isEmpty()) {
					code++;
				}
				todos += (int) TODO.matcher(line).results().count();
			}
		}
		return new QaMetrics(files.size(), lines, code, comments, tests, todos);
	}

	private static boolean isComment(String line) {
		return line.startsWith("//") || line.startsWith("/*") || line.startsWith("*") || line.startsWith("<!--")
				|| line.startsWith("#");
	}

}
