package com.digitalbank.agent.builder;

import java.time.Instant;

/**
 * A project as stored: the request it came from, where the pipeline is, and which of its
 * revisions were packaged. {@code revision} counts the pipeline runs: 1 for the creation,
 * one more per modification. {@code version} counts writes, for optimistic locking.
 *
 * @param packagedRevision the newest revision with a package to download, or null
 * @param qualityScore the newest QA score, or null before the first QA report
 */
public record Project(ProjectId projectId, String userId, String name, String templateId, String requirements,
		ProjectStatus status, String failureReason, int revision, Integer packagedRevision, Integer qualityScore,
		long version, Instant createdAt, Instant updatedAt) {

	public static Project created(ProjectId id, String userId, NewProject request, Instant now) {
		return new Project(id, userId, request.name(), request.templateId(), request.requirements(),
				ProjectStatus.CREATED, null, 1, null, null, 1, now, now);
	}

	public Project moveTo(ProjectStatus next, Instant now) {
		return new Project(projectId, userId, name, templateId, requirements, next, null, revision, packagedRevision,
				qualityScore, version + 1, createdAt, now);
	}

	public Project failed(String reason, Instant now) {
		return new Project(projectId, userId, name, templateId, requirements, ProjectStatus.FAILED, reason, revision,
				packagedRevision, qualityScore, version + 1, createdAt, now);
	}

	public Project scored(int score, ProjectStatus next, Instant now) {
		return new Project(projectId, userId, name, templateId, requirements, next, null, revision, packagedRevision,
				score, version + 1, createdAt, now);
	}

	public Project packaged(Instant now) {
		return new Project(projectId, userId, name, templateId, requirements, ProjectStatus.READY, null, revision,
				revision, qualityScore, version + 1, createdAt, now);
	}

	public Project renamed(String newName, Instant now) {
		return new Project(projectId, userId, newName, templateId, requirements, status, failureReason, revision,
				packagedRevision, qualityScore, version + 1, createdAt, now);
	}

	/** The next pipeline run, over the current files. */
	public Project modified(Instant now) {
		return new Project(projectId, userId, name, templateId, requirements, ProjectStatus.CREATED, null, revision + 1,
				packagedRevision, qualityScore, version + 1, createdAt, now);
	}

	/**
	 * The name as a file or artifact name: {@code Library API} is {@code library-api}.
	 */
	public String slug() {
		String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
		return slug.isEmpty() ? "project" : slug;
	}

	/** Whether a pipeline message for this revision still has work to do here. */
	public boolean awaits(int messageRevision, ProjectStatus... statuses) {
		if (messageRevision != revision) {
			return false;
		}
		for (ProjectStatus expected : statuses) {
			if (status == expected) {
				return true;
			}
		}
		return false;
	}

}
