package com.digitalbank.banking.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An account as stored: {@code version} increases with every balance change and guards
 * every write (optimistic locking). Balances are exact decimals with two places.
 */
public record Account(AccountId accountId, String userId, AccountType type, String currency, BigDecimal balance,
		BigDecimal openingBalance, AccountStatus status, long version, String accountNumber, String clabe,
		Instant createdAt) {

	public Account {
		balance = balance.setScale(2, RoundingMode.UNNECESSARY);
		openingBalance = openingBalance.setScale(2, RoundingMode.UNNECESSARY);
	}

	@JsonIgnore
	public boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	public boolean isOwnedBy(String user) {
		return userId.equals(user);
	}

	public boolean holds(String currency) {
		return this.currency.equals(currency);
	}

	/**
	 * The account with {@code amount} taken out; an inactive account or one that does not
	 * cover it refuses. The version stays: only a commit moves it.
	 */
	public Account debit(BigDecimal amount) {
		requireActive();
		if (balance.compareTo(amount) < 0) {
			throw new InsufficientFundsException(accountId);
		}
		return withBalance(balance.subtract(amount));
	}

	/** The account with {@code amount} paid in; an inactive account refuses. */
	public Account credit(BigDecimal amount) {
		requireActive();
		return withBalance(balance.add(amount));
	}

	/** The account as a commit that set this balance leaves it: one version later. */
	public Account committed(BigDecimal balanceAfter) {
		return new Account(accountId, userId, type, currency, balanceAfter, openingBalance, status, version + 1,
				accountNumber, clabe, createdAt);
	}

	private void requireActive() {
		if (!isActive()) {
			throw new AccountInactiveException(accountId);
		}
	}

	private Account withBalance(BigDecimal newBalance) {
		return new Account(accountId, userId, type, currency, newBalance, openingBalance, status, version,
				accountNumber, clabe, createdAt);
	}

}
