package com.digitalbank.agent.assistant.web;

import java.util.List;

import com.digitalbank.agent.assistant.ChatTurn;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(requiredProperties = { "reply", "actions" })
record ChatTurnResponse(String reply, PendingConfirmationResponse pendingConfirmation, List<String> actions) {

	static ChatTurnResponse from(ChatTurn turn) {
		return new ChatTurnResponse(turn.reply(), PendingConfirmationResponse.from(turn.pendingConfirmation()),
				turn.actions());
	}

}
