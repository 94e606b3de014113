package com.digitalbank.banking.account;

import java.util.Objects;

/** An account's id, e.g. {@code acc-123-checking}. */
public record AccountId(String value) {

	public AccountId {
		Objects.requireNonNull(value, "accountId");
	}

	@Override
	public String toString() {
		return value;
	}

}
