package com.digitalbank.banking.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One side of a money movement, as it hit one account.
 *
 * @param userId the account's owner: the key of the user's ledger across accounts
 */
public record LedgerEntry(String transactionId, String transferId, String accountId, EntryType type, BigDecimal amount,
		BigDecimal balanceAfter, Instant timestamp, String description, String counterpartyAccountId, String userId) {

	public LedgerEntry {
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
		balanceAfter = balanceAfter.setScale(2, RoundingMode.UNNECESSARY);
	}

}
