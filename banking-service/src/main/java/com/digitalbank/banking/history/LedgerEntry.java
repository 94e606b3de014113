package com.digitalbank.banking.history;

import java.math.BigDecimal;
import java.time.Instant;

/** One side of a money movement, as it hit one account. */
public record LedgerEntry(String transactionId, String transferId, String accountId, EntryType type, BigDecimal amount,
		BigDecimal balanceAfter, Instant timestamp, String description, String counterpartyAccountId) {
}
