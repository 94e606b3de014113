package com.digitalbank.agent.builder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.digitalbank.agent.builder.persistence.ProgressLog;
import com.digitalbank.agent.builder.persistence.ProjectStore;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What every agent does around its own work: find the project a message is about and
 * whether it still waits for this step, tell the stream it started, and fail the project
 * with a reason.
 */
@Component
public class ProjectTransitions {

	private static final Logger log = LoggerFactory.getLogger(ProjectTransitions.class);

	private final ProjectStore projects;

	private final ProgressLog progress;

	private final PipelineCommits commits;

	private final Clock clock;

	ProjectTransitions(ProjectStore projects, ProgressLog progress, PipelineCommits commits, Clock clock) {
		this.projects = projects;
		this.progress = progress;
		this.commits = commits;
		this.clock = clock;
	}

	/**
	 * The project when it still waits for this step of this revision; empty when it was
	 * deleted, moved on (the step ran before) or a newer revision started.
	 */
	public Optional<Project> awaiting(String projectId, int revision, AgentRole agent, ProjectStatus... statuses) {
		Optional<Project> project = projects.find(new ProjectId(projectId))
			.filter(found -> found.awaits(revision, statuses));
		if (project.isEmpty()) {
			log.info("{} skips project {} revision {}: deleted, or no longer waiting for it", agent, projectId,
					revision);
		}
		return project;
	}

	/**
	 * Tells the stream the agent started, moving the project to {@code status} first when
	 * it is not there yet.
	 */
	public Project begin(Project project, ProjectStatus status, AgentRole agent, String message) {
		Instant now = clock.instant();
		// After the status change, which the move writes 1 ms after its time.
		ProgressEvent started = ProgressLog.event(ProgressEvent.AGENT_STARTED, agent.name(), status, project.revision(),
				message, now.plusMillis(2));
		if (project.status() == status) {
			progress.put(project.projectId(), started);
			return project;
		}
		Project moved = project.moveTo(status, now);
		WriteTransaction transaction = new WriteTransaction();
		addMove(transaction, project, moved, agent, null);
		progress.add(transaction, project.projectId(), started);
		commits.commit(transaction, project.projectId(), List.of());
		return moved;
	}

	/**
	 * Adds the project's move to its transaction, with the events the stream shows.
	 * @param finished what the agent did, or null when it has only started
	 */
	public void addMove(WriteTransaction transaction, Project before, Project after, AgentRole agent, String finished) {
		Instant now = after.updatedAt();
		projects.addUpdate(transaction, before, after);
		if (finished != null) {
			progress.add(transaction, after.projectId(), ProgressLog.event(ProgressEvent.AGENT_FINISHED, agent.name(),
					after.status(), after.revision(), finished, now));
		}
		if (after.status() != before.status()) {
			progress.add(transaction, after.projectId(),
					ProgressLog.event(ProgressEvent.STATUS_CHANGED, agent.name(), after.status(), after.revision(),
							after.failureReason() != null ? after.failureReason() : "Project is " + after.status(),
							now.plusMillis(1)));
		}
	}

	/** Fails the project with the reason the client will see. */
	public void fail(Project project, AgentRole agent, String reason) {
		log.info("{} failed project {}: {}", agent, project.projectId(), reason);
		WriteTransaction transaction = new WriteTransaction();
		addMove(transaction, project, project.failed(reason, clock.instant()), agent, "Gave up");
		commits.commit(transaction, project.projectId(), List.of());
	}

	/**
	 * Fails the project when a step of its revision failed on its last receive, so it
	 * does not wait forever for a message now in the dead-letter queue. An operator who
	 * redrives the message after fixing the cause finds the project FAILED; a
	 * modification restarts it.
	 */
	public void giveUp(String projectId, int revision, AgentRole agent, RuntimeException cause) {
		projects.find(new ProjectId(projectId))
			.filter(project -> project.revision() == revision && !project.status().isSettled())
			.ifPresent(project -> fail(project, agent, agent + " gave up after repeated failures: " + reason(cause)));
	}

	private static String reason(RuntimeException cause) {
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.length() > 300 ? message.substring(0, 300) + "..." : message;
	}

	public Instant now() {
		return clock.instant();
	}

}
