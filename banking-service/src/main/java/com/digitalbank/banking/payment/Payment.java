package com.digitalbank.banking.payment;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferId;

/**
 * A payment and, once refunded or voided, when. A payment id voided before it was charged
 * has only its id and {@code voidedAt}. {@code replayed}: this call found it already
 * made.
 */
public record Payment(String paymentId, String accountId, String settlementAccountId, BigDecimal amount,
		String currency, String description, Instant createdAt, Instant refundedAt, Instant voidedAt,
		boolean replayed) {

	private static final String PAYMENT_PREFIX = "pay-";

	private static final String REFUND_PREFIX = "refund-";

	private static final String CASHBACK_PREFIX = "cashback-";

	private static final String CASHBACK_REVERSAL_PREFIX = "cashback-reversal-";

	/** The transfer a payment is made as: its id derives from the saga's. */
	static TransferId paymentTransfer(String paymentId) {
		return new TransferId(PAYMENT_PREFIX + paymentId);
	}

	static TransferId refundTransfer(String paymentId) {
		return new TransferId(REFUND_PREFIX + paymentId);
	}

	static TransferId cashbackTransfer(String paymentId) {
		return new TransferId(CASHBACK_PREFIX + paymentId);
	}

	static TransferId cashbackReversalTransfer(String paymentId) {
		return new TransferId(CASHBACK_REVERSAL_PREFIX + paymentId);
	}

	/** {@code COMPLETED}, {@code REFUNDED}, or {@code VOIDED} (never charged). */
	public String status() {
		if (createdAt == null) {
			return "VOIDED";
		}
		return refundedAt == null ? "COMPLETED" : "REFUNDED";
	}

	static Payment of(Transfer payment, Transfer refund, Instant voidedAt, boolean replayed) {
		return new Payment(payment.transferId().value().substring(PAYMENT_PREFIX.length()), payment.from().value(),
				payment.to().value(), payment.amount(), payment.currency(), payment.description(), payment.createdAt(),
				refund == null ? null : refund.createdAt(), voidedAt, replayed);
	}

	public static Payment voidedBeforeCharge(String paymentId, Instant voidedAt) {
		return new Payment(paymentId, null, null, null, null, null, null, null, voidedAt, false);
	}

}
