package com.digitalbank.agent.builder;

import java.util.List;

/**
 * One step of a plan.
 *
 * @param files the paths the task is expected to write; a hint, Dev may write others
 */
public record PlanTask(String id, String title, String description, List<String> files) {

	public PlanTask {
		files = files == null ? List.of() : List.copyOf(files);
	}

}
