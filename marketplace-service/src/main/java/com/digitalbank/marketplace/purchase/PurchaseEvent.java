package com.digitalbank.marketplace.purchase;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The {@code data} of every purchase event on {@code marketplace-events}: the purchase as
 * it stands after the step the event's type names, and {@code reason} on the failure
 * path.
 */
public record PurchaseEvent(String purchaseId, String userId, String productId, int quantity, BigDecimal total,
		String currency, String accountId, String status, String reason, Instant at) {

	/** The purchase saga's events, in the order they can happen. */
	public static final String STARTED = "PURCHASE_STARTED";

	public static final String INVENTORY_RESERVED = "INVENTORY_RESERVED";

	public static final String PAYMENT_COMPLETED = "PAYMENT_COMPLETED";

	public static final String CONFIRMED = "PURCHASE_CONFIRMED";

	public static final String CASHBACK_CREDITED = "CASHBACK_CREDITED";

	public static final String PAYMENT_FAILED = "PAYMENT_FAILED";

	public static final String COMPENSATION_REQUIRED = "COMPENSATION_REQUIRED";

	public static final String PAYMENT_VOIDED = "PAYMENT_VOIDED";

	public static final String INVENTORY_RELEASED = "INVENTORY_RELEASED";

	public static final String FAILED = "PURCHASE_FAILED";

	public static final String USER_NOTIFIED = "USER_NOTIFIED";

	static PurchaseEvent of(PurchaseSaga.Data purchase, PurchaseStatus status, String reason, Instant at) {
		return new PurchaseEvent(purchase.purchaseId(), purchase.userId(), purchase.productId(), purchase.quantity(),
				purchase.total(), purchase.currency(), purchase.accountId(), status.name(), reason, at);
	}

}
