package com.digitalbank.agent.model;

import java.util.List;
import java.util.Optional;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;

/**
 * The default model: deterministic, offline and free. It answers each prompt with the
 * first of its {@link OfflineSkill skills} that recognises it, so the same prompt always
 * gets the same answer and every test and demo runs without a provider or a key.
 * <p>
 * Its options are {@link ToolCallingChatOptions}: Spring AI 2.0's {@code ChatClient}
 * silently drops the tools of a model whose options are not.
 */
public class OfflineChatModel implements ChatModel {

	/** The model name it reports, as a provider's model would. */
	public static final String MODEL = "offline";

	static final String UNANSWERED = "The offline model has no answer for this prompt.";

	private final List<OfflineSkill> skills;

	public OfflineChatModel(List<OfflineSkill> skills) {
		this.skills = List.copyOf(skills);
	}

	@Override
	public ChatResponse call(Prompt prompt) {
		AssistantMessage answer = skills.stream()
			.map(skill -> skill.reply(prompt))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseGet(() -> new AssistantMessage(UNANSWERED));
		return new ChatResponse(List.of(new Generation(answer)));
	}

	@Override
	public ChatOptions getOptions() {
		return ToolCallingChatOptions.builder().model(MODEL).build();
	}

}
