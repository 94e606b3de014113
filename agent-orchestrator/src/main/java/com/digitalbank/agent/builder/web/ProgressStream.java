package com.digitalbank.agent.builder.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.digitalbank.agent.builder.ProgressEvent;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectManagement;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's event stream: polls the project's stored progress events on a virtual
 * thread and sends the new ones, until the project settles, the client leaves or the
 * stream times out. Events are read from the table, not from this instance's memory, so
 * the stream shows what agents on any instance did.
 */
final class ProgressStream {

	private final ProjectManagement projects;

	private final ProjectId projectId;

	private final SseEmitter emitter;

	private final Duration pollInterval;

	private final long deadline;

	private String lastId;

	private ProgressStream(ProjectManagement projects, ProjectId projectId, String lastId, Duration pollInterval,
			Duration timeout) {
		this.projects = projects;
		this.projectId = projectId;
		this.lastId = lastId;
		this.pollInterval = pollInterval;
		this.emitter = new SseEmitter(timeout.toMillis() + 1000);
		this.deadline = System.nanoTime() + timeout.toNanos();
	}

	static SseEmitter start(ProjectManagement projects, ProjectId projectId, String lastId, Duration pollInterval,
			Duration timeout) {
		ProgressStream stream = new ProgressStream(projects, projectId, lastId, pollInterval, timeout);
		Thread.startVirtualThread(stream::run);
		return stream.emitter;
	}

	private void run() {
		try {
			while (System.nanoTime() < deadline) {
				List<ProgressEvent> events = projects.progressAfter(projectId, lastId);
				for (ProgressEvent event : events) {
					emitter.send(SseEmitter.event()
						.id(event.id())
						.name(event.type())
						.data(ProgressEventResponse.from(event), org.springframework.http.MediaType.APPLICATION_JSON));
					lastId = event.id();
				}
				if (!events.isEmpty() && events.getLast().isFinal()) {
					break;
				}
				Thread.sleep(pollInterval);
			}
			emitter.complete();
		}
		catch (IOException | IllegalStateException ex) {
			// The client left: nothing to tell it.
			emitter.completeWithError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			emitter.complete();
		}
		catch (RuntimeException ex) {
			emitter.completeWithError(ex);
		}
	}

}
