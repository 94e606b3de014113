package com.digitalbank.agent.builder.offline;

import java.util.Optional;

import com.digitalbank.agent.builder.AgentBriefs;
import com.digitalbank.agent.builder.AgentRole;
import com.digitalbank.agent.builder.PlanBrief;
import com.digitalbank.agent.model.OfflineSkill;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The offline model as PM: reads the brief's requirements and change requests and answers
 * with the template's tasks for them, as the JSON plan PM asks any model for.
 */
@Component
@Order(10)
class OfflinePlanner implements OfflineSkill {

	private final AgentBriefs briefs;

	private final JsonMapper json;

	OfflinePlanner(AgentBriefs briefs, JsonMapper json) {
		this.briefs = briefs;
		this.json = json;
	}

	@Override
	public Optional<String> answer(Prompt prompt) {
		return briefs.read(prompt, AgentRole.PM, PlanBrief.class).map(this::plan);
	}

	private String plan(PlanBrief brief) {
		ProjectSpec spec = RequirementsReader.read(brief.projectName(), brief.requirements(), brief.changeRequests());
		TemplateRenderer renderer = Renderers.of(brief.templateId());
		ObjectNode plan = json.createObjectNode();
		plan.put("summary", summary(brief, spec));
		plan.set("tasks", json.valueToTree(renderer.tasks(spec)));
		return "```json\n" + json.writerWithDefaultPrettyPrinter().writeValueAsString(plan) + "\n```\n";
	}

	private static String summary(PlanBrief brief, ProjectSpec spec) {
		String what = switch (brief.templateId()) {
			case "static-website" -> spec.pages().size() + " pages: " + String.join(", ", spec.pages());
			case "cli-tool" -> spec.commands().size() + " commands: " + String.join(", ", spec.commands());
			default -> spec.entities().size() + " resources: "
					+ String.join(", ", spec.entities().stream().map(ProjectSpec.EntitySpec::name).toList());
		};
		return (brief.changeRequests().isEmpty() ? "Build " : "Rebuild with the changes: ") + spec.name() + ", " + what;
	}

}
