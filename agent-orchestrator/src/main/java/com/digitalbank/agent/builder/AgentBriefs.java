package com.digitalbank.agent.builder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a brief into a prompt's user message as a fenced JSON block, which a provider's
 * model reads as well as prose and the offline model reads exactly, and reads it back for
 * a role's prompt.
 */
@Component
public class AgentBriefs {

	private static final Pattern BRIEF = Pattern.compile("```json brief\\n(.*?)\\n```", Pattern.DOTALL);

	private final JsonMapper json;

	AgentBriefs(JsonMapper json) {
		this.json = json;
	}

	public String block(Object brief) {
		return "```json brief\n" + json.writerWithDefaultPrettyPrinter().writeValueAsString(brief) + "\n```";
	}

	/** The brief of a prompt written for this role, or empty for any other prompt. */
	public <T> Optional<T> read(Prompt prompt, AgentRole role, Class<T> type) {
		if (prompt.getSystemMessage() == null || !prompt.getSystemMessage().getText().startsWith(role.roleLine())) {
			return Optional.empty();
		}
		Message user = prompt.getLastUserOrToolResponseMessage();
		Matcher matcher = BRIEF.matcher(user == null || user.getText() == null ? "" : user.getText());
		if (!matcher.find()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(json.readValue(matcher.group(1), type));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

}
