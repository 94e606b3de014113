package com.digitalbank.agent.builder;

/**
 * Where a project is in the pipeline: {@code CREATED → PLANNING → DEVELOPING → TESTING →
 * PACKAGING → READY}, or {@code FAILED} with a reason. QA may send a project back from
 * {@code TESTING} to {@code DEVELOPING}; a modification sends a {@code READY} or
 * {@code FAILED} project back to {@code CREATED} with its next revision.
 */
public enum ProjectStatus {

	CREATED, PLANNING, DEVELOPING, TESTING, PACKAGING, READY, FAILED;

	/** Whether the pipeline is done with the project, so it may be changed again. */
	public boolean isSettled() {
		return this == READY || this == FAILED;
	}

}
