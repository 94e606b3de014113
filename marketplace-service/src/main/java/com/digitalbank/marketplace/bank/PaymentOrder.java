package com.digitalbank.marketplace.bank;

import java.math.BigDecimal;

/**
 * A charge to ask banking for. {@code paymentId} is the saga step's idempotency key at
 * banking: every attempt of one purchase's payment carries the same.
 */
public record PaymentOrder(String paymentId, String userId, String accountId, BigDecimal amount, String currency,
		String description) {
}
