package com.digitalbank.agent.builder.web;

import java.time.Instant;
import java.util.List;

import com.digitalbank.agent.builder.Plan;
import io.swagger.v3.oas.annotations.media.Schema;

/** PM's plan of the newest planned revision. */
@Schema(requiredProperties = { "revision", "summary", "tasks", "createdAt" })
record PlanResponse(int revision, String summary, List<Task> tasks, Instant createdAt) {

	static PlanResponse from(Plan plan) {
		return new PlanResponse(plan.revision(), plan.summary(),
				plan.tasks()
					.stream()
					.map(task -> new Task(task.id(), task.title(), task.description(), task.files()))
					.toList(),
				plan.createdAt());
	}

	/** One task of the plan. */
	@Schema(name = "PlanTask", requiredProperties = { "id", "title", "description", "files" })
	record Task(String id, String title, String description, List<String> files) {

	}

}
