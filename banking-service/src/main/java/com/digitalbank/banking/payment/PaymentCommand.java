package com.digitalbank.banking.payment;

import java.math.BigDecimal;

/** A saga's request to charge a user's account. */
public record PaymentCommand(String paymentId, String userId, String accountId, BigDecimal amount, String currency,
		String description) {
}
