package com.digitalbank.agent.builder;

import java.time.Instant;
import java.util.List;

/** PM's plan for one revision: the tasks Dev works through, in order. */
public record Plan(int revision, String summary, List<PlanTask> tasks, Instant createdAt) {

	public Plan {
		tasks = List.copyOf(tasks);
	}

}
