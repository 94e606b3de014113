package com.digitalbank.banking.account;

import com.digitalbank.platform.externalid.ExternalIdFormat;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An account's id, e.g. {@code acc-123-checking}. */
public record AccountId(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AccountId {
		ExternalIdFormat.check("accountId", value);
	}

	@Override
	public String toString() {
		return value;
	}

}
