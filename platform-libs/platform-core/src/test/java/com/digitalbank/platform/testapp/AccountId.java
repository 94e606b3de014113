package com.digitalbank.platform.testapp;

import com.digitalbank.platform.externalid.ExternalIdFormat;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A typed id as a service declares one: it checks itself, wherever it is built. */
public record AccountId(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AccountId {
		ExternalIdFormat.check("account id", value);
	}

}
