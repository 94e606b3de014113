package com.digitalbank.agent.builder.qa;

import java.util.List;
import java.util.Optional;

import com.digitalbank.agent.builder.AgentRole;
import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.PipelineCommits;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectPipeline;
import com.digitalbank.agent.builder.ProjectPipeline.StageRequest;
import com.digitalbank.agent.builder.ProjectStatus;
import com.digitalbank.agent.builder.ProjectTransitions;
import com.digitalbank.agent.builder.QaReport;
import com.digitalbank.agent.builder.persistence.ArtifactStore;
import com.digitalbank.agent.builder.persistence.FileStore;
import com.digitalbank.agent.builder.persistence.PipelineRecords;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.outbox.OutboxEntry;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * QA: inspects the revision's files and commits its report with what follows: packaging
 * when it passed, Dev's next attempt with the failures while attempts remain, or the
 * project's failure at the limit. One report per attempt: a redelivered request finds the
 * project moved on, or its report's condition fails, and writes nothing.
 */
@Service
public class ProjectTesting {

	private final ProjectTransitions transitions;

	private final PipelineRecords records;

	private final FileStore files;

	private final ArtifactStore artifacts;

	private final PipelineCommits commits;

	private final JsonMapper json;

	private final BuilderProperties properties;

	ProjectTesting(ProjectTransitions transitions, PipelineRecords records, FileStore files, ArtifactStore artifacts,
			PipelineCommits commits, JsonMapper json, BuilderProperties properties) {
		this.transitions = transitions;
		this.records = records;
		this.files = files;
		this.artifacts = artifacts;
		this.commits = commits;
		this.json = json;
		this.properties = properties;
	}

	public void test(StageRequest request) {
		Optional<Project> waiting = transitions.awaiting(request.projectId(), request.revision(), AgentRole.QA,
				ProjectStatus.TESTING);
		if (waiting.isEmpty()) {
			return;
		}
		Project project = transitions.begin(waiting.get(), ProjectStatus.TESTING, AgentRole.QA,
				"Checking revision " + request.revision() + ", attempt " + request.attempt());
		QaReport report = ProjectInspection.inspect(project.revision(), request.attempt(),
				files.readAll(project.projectId()), transitions.now());
		WriteTransaction transaction = new WriteTransaction();
		records.addReport(transaction, project.projectId(), report);
		Project after = next(project, report);
		transitions.addMove(transaction, project, after, AgentRole.QA, summary(report));
		List<OutboxEntry> events = event(after, report).map(List::of).orElse(List.of());
		if (commits.commit(transaction, project.projectId(), events)) {
			artifacts.putReport(project.projectId(), report.revision(), report.attempt(),
					json.writeValueAsString(report));
		}
	}

	private Project next(Project project, QaReport report) {
		if (report.passed()) {
			return project.scored(report.score(), ProjectStatus.PACKAGING, transitions.now());
		}
		if (report.attempt() < properties.maxQaAttempts()) {
			return project.scored(report.score(), ProjectStatus.DEVELOPING, transitions.now());
		}
		QaReport.QaFailure first = report.failures().getFirst();
		return project.scored(report.score(), ProjectStatus.DEVELOPING, transitions.now())
			.failed("QA still found " + report.failures().size() + " problems after " + report.attempt()
					+ " attempts; first: " + first.path() + ":" + first.line() + " " + first.message(),
					transitions.now());
	}

	private Optional<OutboxEntry> event(Project after, QaReport report) {
		String id = after.projectId().value();
		return switch (after.status()) {
			case PACKAGING -> Optional.of(commits.event(properties.queues().ops(), ProjectPipeline.PACKAGING_REQUESTED,
					new StageRequest(id, after.revision(), report.attempt()), after));
			case DEVELOPING ->
				Optional.of(commits.event(properties.queues().dev(), ProjectPipeline.DEVELOPMENT_REQUESTED,
						new ProjectPipeline.DevelopmentRequest(id, after.revision(), report.attempt() + 1, 0), after));
			default -> Optional.empty();
		};
	}

	private static String summary(QaReport report) {
		return report.passed() ? "Passed with score " + report.score()
				: report.failures().size() + " problems found, score " + report.score();
	}

}
