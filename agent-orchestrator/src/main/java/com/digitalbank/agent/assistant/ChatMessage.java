package com.digitalbank.agent.assistant;

import java.time.Instant;
import java.util.List;

/**
 * One message of a session's history.
 *
 * @param role {@code user} or {@code assistant}
 * @param actions what the assistant did for this message (tools called, actions
 * confirmed)
 */
public record ChatMessage(String role, String text, Instant at, List<String> actions) {

	public static final String USER = "user";

	public static final String ASSISTANT = "assistant";

	public ChatMessage {
		actions = actions == null ? List.of() : List.copyOf(actions);
	}

}
