package com.digitalbank.banking.account;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An account's id, e.g. {@code acc-123-checking}. */
public record AccountId(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AccountId {
		Objects.requireNonNull(value, "accountId");
	}

	@Override
	public String toString() {
		return value;
	}

}
