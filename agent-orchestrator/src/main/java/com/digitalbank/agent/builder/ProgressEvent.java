package com.digitalbank.agent.builder;

import java.time.Instant;

/**
 * One step of the pipeline's progress, as clients see it on the event stream.
 *
 * @param id sortable: the stream resumes after it ({@code Last-Event-ID})
 * @param agent PM, DEV, QA or OPS; null for the API's own events
 */
public record ProgressEvent(String id, String type, String agent, ProjectStatus status, int revision, String message,
		Instant at) {

	public static final String AGENT_STARTED = "AGENT_STARTED";

	public static final String AGENT_FINISHED = "AGENT_FINISHED";

	public static final String STATUS_CHANGED = "STATUS_CHANGED";

	/** Whether the stream has nothing more to tell after this event. */
	public boolean isFinal() {
		return STATUS_CHANGED.equals(type) && status != null && status.isSettled();
	}

}
