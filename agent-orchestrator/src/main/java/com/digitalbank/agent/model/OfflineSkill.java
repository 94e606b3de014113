package com.digitalbank.agent.model;

import java.util.Optional;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * One thing the offline model knows how to answer. A feature declares its skills as
 * beans; the offline model asks them in order and answers with the first reply. A skill
 * recognises its prompts by what its own feature writes into them (a role line in the
 * system message), so it never answers another feature's prompt.
 */
@FunctionalInterface
public interface OfflineSkill {

	/** The reply to the prompt, or empty when this skill does not handle it. */
	Optional<String> answer(Prompt prompt);

	/**
	 * The reply as a message: a skill that calls tools overrides this to answer with tool
	 * calls, which {@code ChatClient}'s tool loop executes like a provider's.
	 */
	default Optional<AssistantMessage> reply(Prompt prompt) {
		return answer(prompt).map(AssistantMessage::new);
	}

}
