package com.digitalbank.banking.payment.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.banking.payment.Payment;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(requiredProperties = { "paymentId", "status", "accountId", "settlementAccountId", "amount", "currency",
		"createdAt" })
record PaymentResponse(String paymentId, String status, String accountId, String settlementAccountId, BigDecimal amount,
		String currency, String description, Instant createdAt, Instant refundedAt) {

	static PaymentResponse from(Payment payment) {
		return new PaymentResponse(payment.paymentId(), payment.status(), payment.accountId(),
				payment.settlementAccountId(), payment.amount(), payment.currency(), payment.description(),
				payment.createdAt(), payment.refundedAt());
	}

}
