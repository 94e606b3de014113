package com.digitalbank.banking.account;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An account as stored: {@code version} increases with every balance change and guards
 * every write (optimistic locking). Balances are exact decimals with two places.
 */
public record Account(String accountId, String userId, AccountType type, String currency, BigDecimal balance,
		BigDecimal openingBalance, AccountStatus status, long version, String accountNumber, String clabe,
		Instant createdAt) {

	public boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	public boolean isOwnedBy(String user) {
		return userId.equals(user);
	}

	/** The account as a commit that set this balance leaves it: one version later. */
	public Account committed(BigDecimal balanceAfter) {
		return new Account(accountId, userId, type, currency, balanceAfter, openingBalance, status, version + 1,
				accountNumber, clabe, createdAt);
	}

}
