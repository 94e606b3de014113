package com.digitalbank.agent.assistant;

import java.util.List;

/**
 * The assistant's answer to one message.
 *
 * @param pendingConfirmation the action waiting for the user's yes, if one was prepared
 * @param actions what was done for this message (tools called, actions confirmed)
 */
public record ChatTurn(String reply, PendingAction pendingConfirmation, List<String> actions) {

	public ChatTurn {
		actions = List.copyOf(actions);
	}

}
