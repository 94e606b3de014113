package com.digitalbank.agent.builder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.digitalbank.agent.builder.persistence.ArtifactStore;
import com.digitalbank.agent.builder.persistence.FileStore;
import com.digitalbank.agent.builder.persistence.PipelineRecords;
import com.digitalbank.agent.builder.persistence.ProgressLog;
import com.digitalbank.agent.builder.persistence.ProjectStore;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.outbox.OutboxEntry;
import org.springframework.stereotype.Service;

/**
 * What users do with their projects. Creating and modifying a project only records the
 * request and puts the first pipeline event in the outbox, in one transaction: the agents
 * do the rest. Every read checks ownership, and another user's project is not found.
 */
@Service
public class ProjectManagement {

	private final ProjectStore projects;

	private final PipelineRecords records;

	private final FileStore files;

	private final ArtifactStore artifacts;

	private final ProgressLog progress;

	private final PipelineCommits commits;

	private final BuilderProperties properties;

	private final Clock clock;

	ProjectManagement(ProjectStore projects, PipelineRecords records, FileStore files, ArtifactStore artifacts,
			ProgressLog progress, PipelineCommits commits, BuilderProperties properties, Clock clock) {
		this.projects = projects;
		this.records = records;
		this.files = files;
		this.artifacts = artifacts;
		this.progress = progress;
		this.commits = commits;
		this.properties = properties;
		this.clock = clock;
	}

	public Project create(String userId, NewProject request) {
		TemplateCatalogue.find(request.templateId())
			.orElseThrow(() -> new ProjectRejectedException.UnknownTemplate(request.templateId()));
		Instant now = clock.instant();
		Project project = Project.created(ProjectId.newAt(now), userId, request, now);
		WriteTransaction transaction = new WriteTransaction();
		projects.addNew(transaction, project);
		progress.add(transaction, project.projectId(), statusEvent(project, "Project created", now));
		commits.commit(transaction, project.projectId(), List.of(planRequest(project)));
		return project;
	}

	public ProjectPage page(String userId, int limit, String cursor) {
		return projects.page(userId, limit, cursor);
	}

	/** The user's project; anyone else's is not found. */
	public Project find(String userId, ProjectId id) {
		return projects.find(id)
			.filter(project -> project.userId().equals(userId))
			.orElseThrow(() -> new ProjectNotFoundException(id));
	}

	public Project rename(String userId, ProjectId id, String name) {
		Project before = find(userId, id);
		Project after = before.renamed(name, clock.instant());
		WriteTransaction transaction = new WriteTransaction();
		projects.addUpdate(transaction, before, after);
		commits.commit(transaction, id, List.of());
		return after;
	}

	/**
	 * Deletes the project, its files and its packages; agents still working on it stop.
	 */
	public void delete(String userId, ProjectId id) {
		find(userId, id);
		projects.deleteAll(id);
		artifacts.deleteAll(id);
	}

	/** Runs the pipeline again over the current files, as the project's next revision. */
	public Modification modify(String userId, ProjectId id, String description) {
		Project before = find(userId, id);
		if (!before.status().isSettled()) {
			throw new ProjectRejectedException.Busy(id, before.status());
		}
		Instant now = clock.instant();
		Project after = before.modified(now);
		Modification modification = new Modification("mod-" + UUID.randomUUID().toString().substring(0, 8), description,
				after.revision(), now);
		WriteTransaction transaction = new WriteTransaction();
		projects.addUpdate(transaction, before, after);
		records.addModification(transaction, id, modification);
		progress.add(transaction, id, statusEvent(after, "Modification requested", now));
		commits.commit(transaction, id, List.of(planRequest(after)));
		return modification;
	}

	public List<ProjectFile> files(String userId, ProjectId id) {
		find(userId, id);
		return files.list(id);
	}

	public FileContent file(String userId, ProjectId id, String path) {
		find(userId, id);
		if (ProjectPath.refusal(path) != null) {
			throw new ProjectRejectedException.FileNotFound(path);
		}
		return files.read(id, new ProjectPath(path)).orElseThrow(() -> new ProjectRejectedException.FileNotFound(path));
	}

	public Plan plan(String userId, ProjectId id) {
		Project project = find(userId, id);
		for (int revision = project.revision(); revision > 0; revision--) {
			Optional<Plan> plan = records.plan(id, revision);
			if (plan.isPresent()) {
				return plan.get();
			}
		}
		throw new ProjectRejectedException.NoPlan(id);
	}

	/** The newest QA report: of the current revision, or of the last one QA saw. */
	public QaReport report(String userId, ProjectId id) {
		Project project = find(userId, id);
		for (int revision = project.revision(); revision > 0; revision--) {
			Optional<QaReport> report = records.latestReport(id, revision);
			if (report.isPresent()) {
				return report.get();
			}
		}
		throw new ProjectRejectedException.NoReport(id);
	}

	/**
	 * A link to a packaged revision: the newest unless one is named. A project being
	 * modified still serves its previous package.
	 */
	public Download download(String userId, ProjectId id, Integer revision) {
		Project project = find(userId, id);
		Integer wanted = revision != null ? revision : project.packagedRevision();
		if (wanted == null) {
			throw new ProjectRejectedException.NotReady(id);
		}
		Deployment deployment = records.deployment(id, wanted)
			.orElseThrow(() -> new ProjectRejectedException.NotReady(id));
		Instant expiresAt = clock.instant().plus(properties.downloadValidity());
		return new Download(artifacts.downloadLink(deployment.packageKey(), properties.downloadValidity()), expiresAt,
				wanted);
	}

	/**
	 * Progress events after the given one, for a stream already checked for ownership.
	 */
	public List<ProgressEvent> progressAfter(ProjectId id, String afterId) {
		return progress.after(id, afterId);
	}

	private OutboxEntry planRequest(Project project) {
		return commits.event(properties.queues().pm(), ProjectPipeline.PLAN_REQUESTED,
				new ProjectPipeline.StageRequest(project.projectId().value(), project.revision(), 1), project);
	}

	private static ProgressEvent statusEvent(Project project, String message, Instant now) {
		return ProgressLog.event(ProgressEvent.STATUS_CHANGED, null, project.status(), project.revision(), message,
				now);
	}

}
