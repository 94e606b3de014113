package com.digitalbank.orders.order;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Payment metadata only: a reference from the payment provider and at most the last four
 * card digits, never a card number.
 */
@Schema(requiredProperties = { "method", "status" })
public record PaymentDetails(PaymentMethod method, PaymentStatus status, String reference, String cardLast4,
		Instant paidAt) {

	public enum PaymentStatus {

		PENDING, AUTHORIZED, PAID

	}

	/** What an order records when the client sent no payment details. */
	public static PaymentDetails pendingTransfer() {
		return new PaymentDetails(PaymentMethod.BANK_TRANSFER, PaymentStatus.PENDING, null, null, null);
	}

}
