package com.digitalbank.agent.model;

import java.util.Optional;

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

}
