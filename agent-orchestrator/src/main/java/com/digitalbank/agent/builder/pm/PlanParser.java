package com.digitalbank.agent.builder.pm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.digitalbank.agent.builder.Plan;
import com.digitalbank.agent.builder.PlanTask;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the plan out of PM's answer: the first JSON object in it, fenced or not, with a
 * non-empty {@code tasks} array. Models wrap JSON in prose and fences; both are
 * tolerated.
 */
final class PlanParser {

	static final int MAX_TASKS = 40;

	private final JsonMapper json;

	PlanParser(JsonMapper json) {
		this.json = json;
	}

	Optional<Plan> parse(String answer, int revision, Instant now) {
		int start = answer.indexOf('{');
		int end = answer.lastIndexOf('}');
		if (start < 0 || end <= start) {
			return Optional.empty();
		}
		try {
			JsonNode root = json.readTree(answer.substring(start, end + 1));
			JsonNode tasks = root.path("tasks");
			if (!tasks.isArray() || tasks.isEmpty() || tasks.size() > MAX_TASKS) {
				return Optional.empty();
			}
			List<PlanTask> parsed = new ArrayList<>();
			for (JsonNode task : tasks) {
				parsed.add(task(task, parsed.size() + 1));
			}
			return Optional.of(new Plan(revision, text(root.path("summary"), "Plan"), parsed, now));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static PlanTask task(JsonNode task, int position) {
		List<String> files = new ArrayList<>();
		task.path("files").forEach(file -> files.add(file.asString()));
		return new PlanTask(text(task.path("id"), "task-" + position), text(task.path("title"), "Task " + position),
				text(task.path("description"), ""), files);
	}

	private static String text(JsonNode node, String otherwise) {
		String text = node.isValueNode() ? node.asString() : "";
		return text.isBlank() ? otherwise : text.length() > 2000 ? text.substring(0, 2000) : text;
	}

}
