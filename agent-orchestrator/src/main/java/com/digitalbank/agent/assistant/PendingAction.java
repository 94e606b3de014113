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
 * @param sourceShown that account as the user knows it, masked (its number's last four)
 * @param targetId the beneficiary's account, or the product
 */
public record PendingAction(String actionId, String kind, BigDecimal amount, String currency, String payee,
		String maskedAccount, String sourceAccountId, String sourceShown, String targetId, int quantity,
		boolean spanish, Instant preparedAt) {

	public static final String TRANSFER = "TRANSFER";

	public static final String PURCHASE = "PURCHASE";

	/**
	 * @param shownAccount what the user knows the payee's account by (its CLABE where crm
	 * has one), shown masked
	 */
	public static PendingAction transfer(BigDecimal amount, String currency, String payee, String accountId,
			String shownAccount, BankServices.Account source, boolean spanish, Instant at) {
		return new PendingAction(UUID.randomUUID().toString(), TRANSFER, amount, currency, payee, mask(shownAccount),
				source.accountId(), source.shown(), accountId, 1, spanish, at);
	}

	public static PendingAction purchase(BigDecimal total, String currency, String productName, String productId,
			int quantity, BankServices.Account source, boolean spanish, Instant at) {
		return new PendingAction(UUID.randomUUID().toString(), PURCHASE, total, currency, productName, null,
				source.accountId(), source.shown(), productId, quantity, spanish, at);
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
							+ source() + ". ¿Confirmas? (sí / no)"
					: "I will transfer " + money + " to " + payee + " (account " + maskedAccount
							+ ") from your account " + source() + ". Do you confirm? (yes / no)";
		}
		return spanish
				? "Voy a comprar " + quantity + " × " + payee + " por " + money + " con tu cuenta " + source()
						+ ". ¿Confirmas? (sí / no)"
				: "I will buy " + quantity + " × " + payee + " for " + money + " with your account " + source()
						+ ". Do you confirm? (yes / no)";
	}

	/**
	 * The paying account as the user knows it; a session stored before had only its id.
	 */
	private String source() {
		return sourceShown == null ? mask(sourceAccountId) : sourceShown;
	}

	/** Only the last four characters of an account are ever shown or logged. */
	static String mask(String account) {
		if (account == null || account.isBlank()) {
			return "••••";
		}
		return "••••" + account.substring(Math.max(0, account.length() - 4));
	}

}
