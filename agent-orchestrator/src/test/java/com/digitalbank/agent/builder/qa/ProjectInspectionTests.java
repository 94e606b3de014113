package com.digitalbank.agent.builder.qa;

import java.time.Instant;
import java.util.List;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.ProjectPath;
import com.digitalbank.agent.builder.QaReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectInspectionTests {

	@Test
	void javaThatCompilesWithTestsAndValidFilesPasses() {
		QaReport report = inspect(
				file("src/main/java/a/App.java", "package a;\n\n/** App. */\npublic class App {\n}\n"),
				file("src/test/java/a/AppTests.java",
						"package a;\nclass AppTests {\n@org.junit.jupiter.api.Test\nvoid runs() {\n}\n}\n"),
				file("config.json", "{\"a\": [1, 2]}"),
				file("stack.yml", "Value: !GetAtt Bucket.Arn\nOther: !Sub \"${A}\"\n"),
				file("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>"));

		assertThat(report.passed()).isTrue();
		assertThat(report.score()).isEqualTo(100);
		assertThat(report.checks()).extracting(QaReport.QaCheck::outcome)
			.containsExactly("PASSED", "PASSED", "PASSED", "PASSED", "SKIPPED");
		assertThat(report.metrics().testFiles()).isEqualTo(1);
	}

	@Test
	void reportsEachBrokenFileWithItsLine() {
		QaReport report = inspect(
				file("src/main/java/a/App.java", "package a;\npublic class App {\nint x = \"s\";\n}\n"),
				file("data.json", "{\"a\": }"), file("site.yml", "a: [1, 2\n"), file("pom.xml", "<project>"),
				file("index.html", "<html><body><div></body></html>"));

		assertThat(report.passed()).isFalse();
		assertThat(report.failures()).extracting(QaReport.QaFailure::path)
			.containsExactly("src/main/java/a/App.java", "data.json", "site.yml", "pom.xml", "index.html");
		assertThat(report.failures().getFirst().line()).isEqualTo(3);
		assertThat(report.score()).isEqualTo(30);
	}

	@Test
	void javaNeedingALibraryQaDoesNotHaveIsUnverifiedNotFailed() {
		QaReport report = inspect(
				file("src/main/java/a/App.java", "package a;\nimport com.nowhere.Library;\npublic class App {\n}\n"));

		assertThat(report.passed()).isTrue();
		assertThat(report.checks().getFirst().outcome()).isEqualTo("UNVERIFIED");
		assertThat(report.score()).isEqualTo(80);
	}

	private static QaReport inspect(FileContent... files) {
		return ProjectInspection.inspect(1, 1, List.of(files), Instant.EPOCH);
	}

	private static FileContent file(String path, String content) {
		return new FileContent(new ProjectPath(path), content);
	}

}
