package com.digitalbank.banking.payment;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.banking.transfer.Transfer;

/**
 * A payment and, once refunded, when. {@code replayed}: this call found it already made.
 */
public record Payment(String paymentId, String accountId, String settlementAccountId, BigDecimal amount,
		String currency, String description, Instant createdAt, Instant refundedAt, boolean replayed) {

	static final String PAYMENT_PREFIX = "pay-";

	static final String REFUND_PREFIX = "refund-";

	public String status() {
		return refundedAt == null ? "COMPLETED" : "REFUNDED";
	}

	static Payment of(Transfer payment, Transfer refund, boolean replayed) {
		return new Payment(payment.transferId().substring(PAYMENT_PREFIX.length()), payment.fromAccountId(),
				payment.toAccountId(), payment.amount(), payment.currency(), payment.description(), payment.createdAt(),
				refund == null ? null : refund.createdAt(), replayed);
	}

}
