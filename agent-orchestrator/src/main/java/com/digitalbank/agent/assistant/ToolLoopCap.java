package com.digitalbank.agent.assistant;

import java.util.List;

import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;

/**
 * Caps one turn's tool loop: Spring AI's tool-calling advisor loops for as long as the
 * model asks for tools. Sitting inside that loop, this lets the model be called at most
 * {@code maxToolRounds + 1} times, then ends the turn with a plain answer instead of
 * another call. One instance per turn.
 */
final class ToolLoopCap implements CallAdvisor {

	static final String STOPPED = "Lo siento, no pude completar tu solicitud. / Sorry, I couldn't complete that request.";

	private final int maxModelCalls;

	private int calls;

	ToolLoopCap(int maxToolRounds) {
		this.maxModelCalls = maxToolRounds + 1;
	}

	@Override
	public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
		calls++;
		if (calls > maxModelCalls) {
			ChatResponse stop = new ChatResponse(List.of(new Generation(new AssistantMessage(STOPPED))));
			return ChatClientResponse.builder().chatResponse(stop).context(request.context()).build();
		}
		return chain.nextCall(request);
	}

	@Override
	public String getName() {
		return "ToolLoopCap";
	}

	@Override
	public int getOrder() {
		return ToolCallingAdvisor.DEFAULT_ORDER + 1;
	}

}
