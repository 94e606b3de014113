package com.digitalbank.marketplace.purchase;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.marketplace.benefit.BenefitOption;
import com.digitalbank.marketplace.catalog.ProductId;

/**
 * A buyer's purchase as recorded when it was asked for, with where it stands now.
 *
 * @param email where the buyer is told how it ended (the token's {@code email} claim);
 * null when the token had none
 * @param benefit the benefit chosen, as quoted then; null for none
 * @param failureReason why it failed, e.g. {@code INSUFFICIENT_FUNDS},
 * {@code OUT_OF_STOCK} or {@code NO_ANSWER} (banking never answered)
 */
public record Purchase(PurchaseId purchaseId, String userId, String email, ProductId productId, String productName,
		int quantity, BigDecimal unitPrice, BigDecimal total, String currency, String accountId, BenefitOption benefit,
		PurchaseStatus status, String failureReason, Instant createdAt, Instant updatedAt, Instant notifiedAt) {

	public Purchase {
		unitPrice = unitPrice.setScale(2);
		total = total.setScale(2);
	}

	public String description() {
		return "Purchase of " + quantity + " x " + productName;
	}

	public boolean ended() {
		return status != PurchaseStatus.PENDING;
	}

}
