package com.digitalbank.agent.builder.offline;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.digitalbank.agent.builder.AgentBriefs;
import com.digitalbank.agent.builder.AgentRole;
import com.digitalbank.agent.builder.DevBrief;
import com.digitalbank.agent.model.OfflineSkill;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The offline model as Dev: renders the files of the brief's task from the template for
 * the requirements (and change requests so far), or, when the brief lists QA's failures,
 * renders the failing files afresh. It answers in the format Dev asks any model for, each
 * file fenced with more backticks than the file itself holds.
 */
@Component
@Order(20)
public class OfflineDeveloper implements OfflineSkill {

	private final AgentBriefs briefs;

	OfflineDeveloper(AgentBriefs briefs) {
		this.briefs = briefs;
	}

	@Override
	public Optional<String> answer(Prompt prompt) {
		return briefs.read(prompt, AgentRole.DEV, DevBrief.class).map(OfflineDeveloper::files);
	}

	private static String files(DevBrief brief) {
		ProjectSpec spec = RequirementsReader.read(brief.projectName(), brief.requirements(), brief.changeRequests());
		TemplateRenderer renderer = Renderers.of(brief.templateId());
		Set<String> paths = new LinkedHashSet<>(brief.task().files());
		if (paths.isEmpty()) {
			renderer.tasks(spec).forEach(task -> paths.addAll(task.files()));
		}
		StringBuilder answer = new StringBuilder(brief.isFix() ? "Fixed files:\n\n" : "Files of the task:\n\n");
		for (String path : paths) {
			renderer.render(spec, path).ifPresent(content -> append(answer, path, content));
		}
		return answer.toString();
	}

	private static void append(StringBuilder answer, String path, String content) {
		String fence = "```" + "`".repeat(longestBacktickRun(content) >= 3 ? longestBacktickRun(content) - 2 : 0);
		answer.append("=== FILE: ").append(path).append(" ===\n").append(fence).append('\n').append(content);
		if (!content.endsWith("\n")) {
			answer.append('\n');
		}
		answer.append(fence).append("\n\n");
	}

	private static int longestBacktickRun(String content) {
		int longest = 0;
		int run = 0;
		for (char c : content.toCharArray()) {
			run = c == '`' ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}

}
