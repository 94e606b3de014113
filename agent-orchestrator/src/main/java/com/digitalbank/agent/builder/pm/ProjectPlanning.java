package com.digitalbank.agent.builder.pm;

import java.util.List;
import java.util.Optional;

import com.digitalbank.agent.builder.AgentBriefs;
import com.digitalbank.agent.builder.AgentModel;
import com.digitalbank.agent.builder.AgentRole;
import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.Modification;
import com.digitalbank.agent.builder.PipelineCommits;
import com.digitalbank.agent.builder.Plan;
import com.digitalbank.agent.builder.PlanBrief;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectFile;
import com.digitalbank.agent.builder.ProjectPipeline;
import com.digitalbank.agent.builder.ProjectStatus;
import com.digitalbank.agent.builder.ProjectTransitions;
import com.digitalbank.agent.builder.persistence.ArtifactStore;
import com.digitalbank.agent.builder.persistence.FileStore;
import com.digitalbank.agent.builder.persistence.PipelineRecords;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * PM: asks the model for a plan of the revision, stores it with the project's move to
 * {@code DEVELOPING} and Dev's first task in one transaction. The plan is written once: a
 * redelivered request finds the project moved on and does nothing.
 */
@Service
public class ProjectPlanning {

	static final String INSTRUCTIONS = """
			You are the project manager of a team that generates software projects from a template.
			Read the brief and answer with one JSON object and nothing else:
			{"summary": "...", "tasks": [{"id": "...", "title": "...", "description": "...", "files": ["relative/path", ...]}]}
			Order the tasks so that each builds on the ones before. Name every file the task writes.
			Honour every name, entity, field, endpoint, page and command the requirements ask for.
			For a modification, plan only the changes the newest change request asks for, over the existing files.""";

	private final ProjectTransitions transitions;

	private final PipelineRecords records;

	private final FileStore files;

	private final ArtifactStore artifacts;

	private final PipelineCommits commits;

	private final AgentModel model;

	private final AgentBriefs briefs;

	private final PlanParser parser;

	private final JsonMapper json;

	private final BuilderProperties properties;

	ProjectPlanning(ProjectTransitions transitions, PipelineRecords records, FileStore files, ArtifactStore artifacts,
			PipelineCommits commits, AgentModel model, AgentBriefs briefs, JsonMapper json,
			BuilderProperties properties) {
		this.transitions = transitions;
		this.records = records;
		this.files = files;
		this.artifacts = artifacts;
		this.commits = commits;
		this.model = model;
		this.briefs = briefs;
		this.parser = new PlanParser(json);
		this.json = json;
		this.properties = properties;
	}

	public void plan(ProjectPipeline.StageRequest request) {
		Optional<Project> waiting = transitions.awaiting(request.projectId(), request.revision(), AgentRole.PM,
				ProjectStatus.CREATED, ProjectStatus.PLANNING);
		if (waiting.isEmpty()) {
			return;
		}
		Project project = transitions.begin(waiting.get(), ProjectStatus.PLANNING, AgentRole.PM,
				"Planning revision " + waiting.get().revision());
		String answer = model.ask(AgentRole.PM, INSTRUCTIONS, "Plan this project.\n" + briefs.block(brief(project)));
		Optional<Plan> plan = parser.parse(answer, project.revision(), transitions.now());
		if (plan.isEmpty()) {
			transitions.fail(project, AgentRole.PM, "PM's answer was not a plan with tasks");
			return;
		}
		Project developing = project.moveTo(ProjectStatus.DEVELOPING, transitions.now());
		WriteTransaction transaction = new WriteTransaction();
		records.addPlan(transaction, project.projectId(), plan.get());
		transitions.addMove(transaction, project, developing, AgentRole.PM,
				"Planned " + plan.get().tasks().size() + " tasks: " + plan.get().summary());
		boolean committed = commits.commit(transaction, project.projectId(),
				List.of(commits.event(properties.queues().dev(), ProjectPipeline.DEVELOPMENT_REQUESTED,
						new ProjectPipeline.DevelopmentRequest(project.projectId().value(), project.revision(), 1, 0),
						project)));
		if (committed) {
			artifacts.putPlanBackup(project.projectId(), project.revision(), json.writeValueAsString(plan.get()));
		}
	}

	private PlanBrief brief(Project project) {
		List<String> changes = records.modifications(project.projectId())
			.stream()
			.filter(modification -> modification.revision() <= project.revision())
			.map(Modification::description)
			.toList();
		List<String> existing = project.revision() == 1 ? List.of()
				: files.list(project.projectId()).stream().map(ProjectFile::path).toList();
		return new PlanBrief(project.name(), project.templateId(), project.requirements(), changes, existing);
	}

}
