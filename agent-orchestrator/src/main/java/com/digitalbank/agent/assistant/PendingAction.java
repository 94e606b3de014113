package com.digitalbank.agent.assistant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money about to move, prepared by a tool and waiting for the user's explicit yes. Only
 * the user executes it (a "sí" in the chat, the page's button, or the confirm endpoint),
 * never the model; its idempotency key is derived from its id, so confirming it twice
 * moves money once.
 *
 * @param kind {@code TRANSFER} or {@code PURCHASE}
 * @param payee the beneficiary's name, or the product's
 * @param maskedAccount the beneficiary's account, masked; null for a purchase
 * @param sourceAccountId the user's account the money leaves
 * @param targetId the beneficiary's account, or the product
 */
public record PendingAction(String actionId, String kind, BigDecimal amount, String currency, String payee,
		String maskedAccount, String sourceAccountId, String targetId, int quantity, boolean spanish,
		Instant preparedAt) {

	public static final String TRANSFER = "TRANSFER";

	public static final String PURCHASE = "PURCHASE";

	/**
	 * @param shownAccount what the user knows the payee's account by (its CLABE where crm
	 * has one), shown masked
	 */
	public static PendingAction transfer(BigDecimal amount, String currency, String payee, String accountId,
			String shownAccount, String sourceAccountId, boolean spanish, Instant at) {
		return new PendingAction(UUID.randomUUID().toString(), TRANSFER, amount, currency, payee, mask(shownAccount),
				sourceAccountId, accountId, 1, spanish, at);
	}

	public static PendingAction purchase(BigDecimal total, String currency, String productName, String productId,
			int quantity, String sourceAccountId, boolean spanish, Instant at) {
		return new PendingAction(UUID.randomUUID().toString(), PURCHASE, total, currency, productName, null,
				sourceAccountId, productId, quantity, spanish, at);
	}

	/**
	 * The Idempotency-Key of the call that executes it: the same for every confirmation.
	 */
	public String idempotencyKey() {
		return "assistant-" + actionId;
	}

	/** Exactly what will happen, in the user's language. */
	public String summary() {
		String money = "$" + amount.toPlainString() + " " + currency;
		if (TRANSFER.equals(kind)) {
			return spanish
					? "Voy a transferir " + money + " a " + payee + " (cuenta " + maskedAccount + ") desde tu cuenta "
							+ mask(sourceAccountId) + ". ¿Confirmas? (sí / no)"
					: "I will transfer " + money + " to " + payee + " (account " + maskedAccount
							+ ") from your account " + mask(sourceAccountId) + ". Do you confirm? (yes / no)";
		}
		return spanish
				? "Voy a comprar " + quantity + " × " + payee + " por " + money + " con tu cuenta "
						+ mask(sourceAccountId) + ". ¿Confirmas? (sí / no)"
				: "I will buy " + quantity + " × " + payee + " for " + money + " with your account "
						+ mask(sourceAccountId) + ". Do you confirm? (yes / no)";
	}

	/** Only the last four characters of an account are ever shown or logged. */
	static String mask(String account) {
		if (account == null || account.isBlank()) {
			return "••••";
		}
		return "••••" + account.substring(Math.max(0, account.length() - 4));
	}

}
