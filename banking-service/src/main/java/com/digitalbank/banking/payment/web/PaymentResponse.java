package com.digitalbank.banking.payment.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.banking.payment.Payment;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A payment; one voided before it was charged has only {@code paymentId}, {@code status}
 * {@code VOIDED} and {@code voidedAt}.
 */
@Schema(requiredProperties = { "paymentId", "status" })
record PaymentResponse(String paymentId, @Schema(allowableValues = {
		"COMPLETED", "REFUNDED", "VOIDED" }) String status, String accountId, String settlementAccountId,
		BigDecimal amount, String currency, String description, Instant createdAt, Instant refundedAt,
		Instant voidedAt){

	static PaymentResponse from(Payment payment) {
		return new PaymentResponse(payment.paymentId(), payment.status(), payment.accountId(),
				payment.settlementAccountId(), payment.amount(), payment.currency(), payment.description(),
				payment.createdAt(), payment.refundedAt(), payment.voidedAt());
	}

}
