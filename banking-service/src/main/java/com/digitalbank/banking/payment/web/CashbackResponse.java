package com.digitalbank.banking.payment.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.banking.payment.Cashback;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(requiredProperties = { "paymentId", "accountId", "amount", "currency", "creditedAt" })
record CashbackResponse(@Schema(example = "pur-mi9x2k4c-3f2a9b1c") String paymentId,
		@Schema(example = "acc-123-checking") String accountId, @Schema(example = "44.99") BigDecimal amount,
		@Schema(example = "MXN") String currency, Instant creditedAt) {

	static CashbackResponse from(Cashback cashback) {
		return new CashbackResponse(cashback.paymentId(), cashback.accountId(), cashback.amount(), cashback.currency(),
				cashback.creditedAt());
	}

}
