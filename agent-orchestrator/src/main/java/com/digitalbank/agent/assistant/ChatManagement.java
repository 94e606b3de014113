package com.digitalbank.agent.assistant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.digitalbank.agent.assistant.persistence.ChatSessionStore;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.stereotype.Service;

/**
 * The banking assistant's conversations. A message either answers the action waiting for
 * confirmation (a yes executes it through {@link Confirmation}; anything else cancels it)
 * or is a turn of the model with the assistant's tools, whose prepared action then waits.
 */
@Service
public class ChatManagement {

	private final ChatSessionStore store;

	private final ModelTurn model;

	private final AssistantProperties properties;

	private final Confirmation confirmation;

	private final Clock clock;

	ChatManagement(ChatSessionStore store, ChatModel model, BankServices services, AssistantProperties properties,
			Clock clock) {
		this.store = store;
		this.model = new ModelTurn(model, services, properties.maxToolCalls(), clock);
		this.properties = properties;
		this.clock = clock;
		this.confirmation = new Confirmation(store, services, this::expiry, clock);
	}

	public ChatSession open(String userId) {
		Instant now = clock.instant();
		ChatSession session = new ChatSession(UUID.randomUUID().toString(), userId, List.of(), null, 0, now, expiry());
		store.create(session);
		return session;
	}

	public ChatSession find(String userId, String sessionId) {
		return store.find(sessionId)
			.filter(session -> session.belongsTo(userId))
			.orElseThrow(() -> new ChatSessionNotFoundException(sessionId));
	}

	/**
	 * Stores a prepared action in a session of the user's (the MCP server's way to wait
	 * for a yes).
	 */
	public ChatSession hold(String userId, PendingAction action) {
		ChatSession session = open(userId);
		ChatMessage note = new ChatMessage(ChatMessage.ASSISTANT, action.summary(), clock.instant(),
				List.of("prepared:" + action.kind()));
		ChatSession held = session.with(List.of(note), action, expiry());
		store.update(session, held);
		return held;
	}

	public ChatTurn send(String userId, String sessionId, String text) {
		ChatSession session = find(userId, sessionId);
		Understanding understanding = IntentReader.read(text);
		if (session.pending() != null) {
			if (understanding.intent() == Intent.CONFIRM) {
				return confirmation.confirm(session, session.pending().actionId(), text);
			}
			if (understanding.intent() == Intent.CANCEL) {
				return confirmation.cancel(session, session.pending().actionId(), text);
			}
			// Any other message cancels it too, then is answered as usual.
			confirmation.cancel(session, session.pending().actionId(), null);
			session = find(userId, sessionId);
		}
		return turn(session, text, understanding.spanish());
	}

	public ChatTurn confirm(String userId, String sessionId, String actionId) {
		return confirmation.confirm(find(userId, sessionId), actionId, null);
	}

	public ChatTurn cancel(String userId, String sessionId, String actionId) {
		return confirmation.cancel(find(userId, sessionId), actionId, null);
	}

	private ChatTurn turn(ChatSession session, String text, boolean spanish) {
		ModelTurn.Result result = model.run(history(session), text, spanish);
		ToolCalls calls = result.calls();
		PendingAction pending = calls.prepared().orElse(null);
		String reply = result.content();
		if (pending != null) {
			reply = reply.isEmpty() ? pending.summary() : reply + "\n\n" + pending.summary();
		}
		Instant now = clock.instant();
		List<String> actions = new ArrayList<>(calls.used());
		if (pending != null) {
			actions.add("prepared:" + pending.kind());
		}
		store.update(session, session.with(List.of(new ChatMessage(ChatMessage.USER, text, now, List.of()),
				new ChatMessage(ChatMessage.ASSISTANT, reply, now, actions)), pending, expiry()));
		return new ChatTurn(reply, pending, actions);
	}

	private List<Message> history(ChatSession session) {
		List<ChatMessage> messages = session.messages();
		return messages.subList(Math.max(0, messages.size() - properties.historyMessages()), messages.size())
			.stream()
			.<Message>map(message -> ChatMessage.USER.equals(message.role()) ? new UserMessage(message.text())
					: new AssistantMessage(message.text()))
			.toList();
	}

	private Instant expiry() {
		return clock.instant().plus(properties.sessionTtl());
	}

}
