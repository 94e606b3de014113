package com.digitalbank.agent.builder;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.stereotype.Component;

/**
 * The agents' one way to ask the configured model: a system and a user message in, text
 * out.
 */
@Component
public class AgentModel {

	private static final Logger log = LoggerFactory.getLogger(AgentModel.class);

	private final ChatModel model;

	AgentModel(ChatModel model) {
		this.model = model;
	}

	/** The model's answer; an empty string when it gave none. */
	public String ask(AgentRole role, String instructions, String request) {
		long started = System.nanoTime();
		ChatResponse response = model.call(new Prompt(
				List.of(new SystemMessage(role.roleLine() + "\n" + instructions), new UserMessage(request))));
		String answer = response == null || response.getResult() == null ? null
				: response.getResult().getOutput().getText();
		log.debug("{} asked the model: {} characters in, {} out, {} ms", role, request.length(),
				answer == null ? 0 : answer.length(), (System.nanoTime() - started) / 1_000_000);
		return answer == null ? "" : answer;
	}

}
