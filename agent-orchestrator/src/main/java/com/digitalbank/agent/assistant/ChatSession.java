package com.digitalbank.agent.assistant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation of one user with the assistant: its history and the action waiting for
 * confirmation, if any. Stored whole, under an optimistic lock on {@code version}, and
 * removed by the store's TTL at {@code expiresAt}.
 */
public record ChatSession(String sessionId, String userId, List<ChatMessage> messages, PendingAction pending,
		long version, Instant createdAt, Instant expiresAt) {

	public ChatSession {
		messages = List.copyOf(messages);
	}

	public boolean belongsTo(String user) {
		return userId.equals(user);
	}

	public ChatSession with(List<ChatMessage> added, PendingAction nextPending, Instant nextExpiry) {
		List<ChatMessage> all = new ArrayList<>(messages);
		all.addAll(added);
		return new ChatSession(sessionId, userId, all, nextPending, version + 1, createdAt, nextExpiry);
	}

}
