package com.digitalbank.agent.assistant.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import com.digitalbank.agent.assistant.ChatMessage;
import com.digitalbank.agent.assistant.ChatSession;

@Schema(requiredProperties = { "sessionId", "messages", "createdAt", "expiresAt" })
record ChatSessionResponse(String sessionId, List<Message> messages, PendingConfirmationResponse pendingConfirmation,
		Instant createdAt, Instant expiresAt) {

	@Schema(name = "ChatMessage", requiredProperties = { "role", "text", "at", "actions" })
	record Message(String role, String text, Instant at, List<String> actions) {

		static Message from(ChatMessage message) {
			return new Message(message.role(), message.text(), message.at(), message.actions());
		}

	}

	static ChatSessionResponse from(ChatSession session) {
		return new ChatSessionResponse(session.sessionId(), session.messages().stream().map(Message::from).toList(),
				PendingConfirmationResponse.from(session.pending()), session.createdAt(), session.expiresAt());
	}

}
