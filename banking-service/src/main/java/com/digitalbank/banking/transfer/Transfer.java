package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.time.Instant;

/** A completed movement of money, as recorded. */
public record Transfer(String transferId, TransferKind kind, String userId, String fromAccountId, String toAccountId,
		BigDecimal amount, String currency, String description, Instant createdAt) {

	public static final String COMPLETED = "COMPLETED";

}
