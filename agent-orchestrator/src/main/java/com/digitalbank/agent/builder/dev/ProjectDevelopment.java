package com.digitalbank.agent.builder.dev;

import java.util.List;
import java.util.Optional;

import com.digitalbank.agent.builder.AgentBriefs;
import com.digitalbank.agent.builder.AgentModel;
import com.digitalbank.agent.builder.AgentRole;
import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.DevBrief;
import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.PipelineCommits;
import com.digitalbank.agent.builder.Plan;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectPipeline;
import com.digitalbank.agent.builder.ProjectPipeline.DevelopmentRequest;
import com.digitalbank.agent.builder.ProjectStatus;
import com.digitalbank.agent.builder.ProjectTransitions;
import com.digitalbank.agent.builder.UnsafePathException;
import com.digitalbank.agent.builder.persistence.FileStore;
import com.digitalbank.agent.builder.persistence.PipelineRecords;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.outbox.OutboxEntry;
import org.springframework.stereotype.Service;

/**
 * Dev: one message per task. The task's files, its done marker, the project's move and
 * the next message (the next task, or QA after the last) commit together, so a task
 * redelivered after a crash either finds its marker and stops, or runs as if for the
 * first time; a file is an item per path, so writing it again replaces it. On a later
 * attempt the one task is fixing what QA reported.
 */
@Service
public class ProjectDevelopment {

	static final String INSTRUCTIONS = """
			You are a senior developer generating a software project from a template.
			Do the task in the brief: write every file it needs, complete, never a diff or an ellipsis.
			Answer with each file as a line `=== FILE: relative/path ===` followed by its whole content in a
			fenced code block. Paths are relative to the project root and never leave it.
			Keep names, entities, fields, endpoints, pages and commands exactly as the requirements spell them.
			When the brief lists fixes, correct exactly those problems in the files shown.""";

	private final ProjectTransitions transitions;

	private final PipelineRecords records;

	private final FileStore files;

	private final PipelineCommits commits;

	private final AgentModel model;

	private final AgentBriefs briefs;

	private final DevBriefs devBriefs;

	private final BuilderProperties properties;

	ProjectDevelopment(ProjectTransitions transitions, PipelineRecords records, FileStore files,
			PipelineCommits commits, AgentModel model, AgentBriefs briefs, DevBriefs devBriefs,
			BuilderProperties properties) {
		this.transitions = transitions;
		this.records = records;
		this.files = files;
		this.commits = commits;
		this.model = model;
		this.briefs = briefs;
		this.devBriefs = devBriefs;
		this.properties = properties;
	}

	public void develop(DevelopmentRequest request) {
		Optional<Project> waiting = transitions.awaiting(request.projectId(), request.revision(), AgentRole.DEV,
				ProjectStatus.DEVELOPING);
		if (waiting.isEmpty() || records.taskDone(waiting.get().projectId(), request.revision(), request.attempt(),
				request.taskIndex())) {
			return;
		}
		Project project = waiting.get();
		Optional<Plan> plan = records.plan(project.projectId(), project.revision());
		if (plan.isEmpty() || request.taskIndex() >= plan.get().tasks().size()) {
			transitions.fail(project, AgentRole.DEV, "Dev found no task " + (request.taskIndex() + 1) + " in the plan");
			return;
		}
		DevBrief brief = devBriefs.brief(project, plan.get(), request);
		transitions.begin(project, ProjectStatus.DEVELOPING, AgentRole.DEV, describe(brief, plan.get(), request));
		String answer = model.ask(AgentRole.DEV, INSTRUCTIONS, "Do this task.\n" + briefs.block(brief));
		List<FileContent> written;
		try {
			written = FileBlocks.extract(answer);
		}
		catch (UnsafePathException ex) {
			transitions.fail(project, AgentRole.DEV, ex.getMessage());
			return;
		}
		if (written.isEmpty() || written.size() > properties.maxFilesPerAnswer()) {
			transitions.fail(project, AgentRole.DEV, "Dev's answer held " + written.size()
					+ " files; a task writes 1 to " + properties.maxFilesPerAnswer());
			return;
		}
		commit(project, plan.get(), request, written);
	}

	private void commit(Project project, Plan plan, DevelopmentRequest request, List<FileContent> written) {
		boolean last = request.attempt() > 1 || request.taskIndex() == plan.tasks().size() - 1;
		Project after = project.moveTo(last ? ProjectStatus.TESTING : ProjectStatus.DEVELOPING, transitions.now());
		WriteTransaction transaction = new WriteTransaction();
		for (FileContent file : written) {
			files.addFile(transaction, project.projectId(), file, project.revision(), after.updatedAt());
		}
		records.addTaskDone(transaction, project.projectId(), project.revision(), request.attempt(),
				request.taskIndex(), written.stream().map(file -> file.path().value()).toList());
		transitions.addMove(transaction, project, after, AgentRole.DEV, "Wrote " + written.size() + " files");
		commits.commit(transaction, project.projectId(), List.of(next(after, request, last)));
	}

	private OutboxEntry next(Project project, DevelopmentRequest request, boolean last) {
		if (last) {
			return commits.event(properties.queues().qa(), ProjectPipeline.QA_REQUESTED,
					new ProjectPipeline.StageRequest(project.projectId().value(), project.revision(),
							request.attempt()),
					project);
		}
		return commits.event(properties.queues().dev(), ProjectPipeline.DEVELOPMENT_REQUESTED, new DevelopmentRequest(
				project.projectId().value(), project.revision(), request.attempt(), request.taskIndex() + 1), project);
	}

	private static String describe(DevBrief brief, Plan plan, DevelopmentRequest request) {
		if (brief.isFix()) {
			return "Fixing " + brief.fixes().size() + " problems QA found (attempt " + request.attempt() + ")";
		}
		return "Task " + (request.taskIndex() + 1) + "/" + plan.tasks().size() + ": " + brief.task().title();
	}

}
