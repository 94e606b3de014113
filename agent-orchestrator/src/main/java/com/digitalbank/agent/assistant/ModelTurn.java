package com.digitalbank.agent.assistant;

import java.time.Clock;
import java.util.List;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.model.ChatModel;

/**
 * One turn of the model, whichever it is: the assistant's system prompt, the recent
 * history and the user's message, with the assistant's tools, through
 * {@code ChatClient}'s tool loop, capped by {@link ToolLoopCap}.
 */
final class ModelTurn {

	record Result(String content, ToolCalls calls) {
	}

	private final ChatClient chat;

	private final BankServices services;

	private final int maxToolCalls;

	private final Clock clock;

	ModelTurn(ChatModel model, BankServices services, int maxToolCalls, Clock clock) {
		this.chat = ChatClient.builder(model).build();
		this.services = services;
		this.maxToolCalls = maxToolCalls;
		this.clock = clock;
	}

	Result run(List<Message> history, String text, boolean spanish) {
		ToolCalls calls = new ToolCalls(spanish);
		String content = chat.prompt()
			.system(AssistantPrompt.SYSTEM)
			.messages(history)
			.user(text)
			.toolCallbacks(ToolSchemas.callbacks(new AssistantTools(services, calls, clock)))
			.advisors(new ToolLoopCap(maxToolCalls))
			.call()
			.content();
		return new Result(content == null ? "" : content.strip(), calls);
	}

}
