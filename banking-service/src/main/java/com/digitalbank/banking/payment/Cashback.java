package com.digitalbank.banking.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A reward credited for a payment to the account the payment came from. */
public record Cashback(String paymentId, String accountId, BigDecimal amount, String currency, Instant creditedAt) {
}
