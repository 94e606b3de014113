package com.digitalbank.agent.assistant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.digitalbank.agent.assistant.persistence.ChatSessionStore;

/**
 * Executes or cancels a session's pending action, for the user only. The action is first
 * taken out of the session by a conditional write, so of two confirmations racing only
 * one executes; the call carries the action's own idempotency key, so a retry after an
 * unknown outcome moves money once. A confirmation naming another action, or arriving
 * when nothing waits, does nothing.
 */
final class Confirmation {

	private final ChatSessionStore store;

	private final BankServices services;

	private final Supplier<Instant> expiry;

	private final Clock clock;

	Confirmation(ChatSessionStore store, BankServices services, Supplier<Instant> expiry, Clock clock) {
		this.store = store;
		this.services = services;
		this.expiry = expiry;
		this.clock = clock;
	}

	ChatTurn confirm(ChatSession session, String actionId, String text) {
		PendingAction action = session.pending();
		if (action == null || !action.actionId().equals(actionId)) {
			return record(session, text, nothingPending(text), List.of());
		}
		ChatSession claimed = session.with(List.of(), null, expiry.get());
		if (!store.update(session, claimed)) {
			return new ChatTurn(nothingPending(text), null, List.of());
		}
		try {
			String done = execute(action);
			return record(claimed, text, done, List.of("executed:" + action.kind() + ":" + action.actionId()));
		}
		catch (ServiceUnavailableException unavailable) {
			// Unknown outcome: the action waits again and a new yes retries it under the
			// same key.
			ChatSession restored = new ChatSession(claimed.sessionId(), claimed.userId(), claimed.messages(), action,
					claimed.version(), claimed.createdAt(), claimed.expiresAt());
			String reply = action.spanish()
					? "No pude comunicarme con " + unavailable.service()
							+ ". Tu operación sigue pendiente: responde sí para reintentar."
					: "I couldn't reach " + unavailable.service()
							+ ". Your action is still pending: answer yes to retry.";
			return record(restored, text, reply, List.of("unavailable:" + unavailable.service()), action);
		}
		catch (ServiceRefusedException refused) {
			String reply = action.spanish() ? "No se pudo: " + refused.code() + " — " + refused.getMessage()
					: "It didn't go through: " + refused.code() + " — " + refused.getMessage();
			return record(claimed, text, reply, List.of("refused:" + refused.code()));
		}
	}

	ChatTurn cancel(ChatSession session, String actionId, String text) {
		PendingAction action = session.pending();
		if (action == null || !action.actionId().equals(actionId)) {
			return record(session, text, nothingPending(text), List.of());
		}
		ChatSession cleared = session.with(List.of(), null, expiry.get());
		if (!store.update(session, cleared)) {
			return new ChatTurn(nothingPending(text), null, List.of());
		}
		String reply = action.spanish() ? "Cancelado: no se movió dinero." : "Cancelled: no money moved.";
		return record(cleared, text, reply, List.of("cancelled:" + action.kind() + ":" + action.actionId()));
	}

	private String execute(PendingAction action) {
		if (PendingAction.TRANSFER.equals(action.kind())) {
			BankServices.TransferReceipt receipt = services
				.transfer(new BankServices.TransferOrder(action.sourceAccountId(), action.targetId(), action.amount(),
						action.currency(), "Asistente: " + action.payee()), action.idempotencyKey());
			return action.spanish()
					? "Listo: transferí $" + action.amount() + " " + action.currency() + " a " + action.payee()
							+ ". Folio " + receipt.transferId() + "."
					: "Done: I sent $" + action.amount() + " " + action.currency() + " to " + action.payee()
							+ ". Reference " + receipt.transferId() + ".";
		}
		BankServices.Purchase purchase = services.buy(
				new BankServices.PurchaseOrder(action.targetId(), action.quantity(), action.sourceAccountId()),
				action.idempotencyKey());
		return action.spanish()
				? "Listo: tu compra de " + action.payee() + " está en proceso (" + purchase.status() + "). Folio "
						+ purchase.purchaseId() + "."
				: "Done: your purchase of " + action.payee() + " is under way (" + purchase.status() + "). Reference "
						+ purchase.purchaseId() + ".";
	}

	private static String nothingPending(String text) {
		boolean spanish = text == null || IntentReader.read(text).spanish();
		return spanish ? "No tengo nada pendiente por confirmar." : "There is nothing waiting for your confirmation.";
	}

	private ChatTurn record(ChatSession session, String text, String reply, List<String> actions) {
		return record(session, text, reply, actions, null);
	}

	private ChatTurn record(ChatSession session, String text, String reply, List<String> actions,
			PendingAction stillPending) {
		Instant now = clock.instant();
		List<ChatMessage> added = text == null ? List.of(new ChatMessage(ChatMessage.ASSISTANT, reply, now, actions))
				: List.of(new ChatMessage(ChatMessage.USER, text, now, List.of()),
						new ChatMessage(ChatMessage.ASSISTANT, reply, now, actions));
		ChatSession base = session;
		ChatSession after = base.with(added, stillPending, expiry.get());
		store.update(base, after);
		return new ChatTurn(reply, stillPending, actions);
	}

}
