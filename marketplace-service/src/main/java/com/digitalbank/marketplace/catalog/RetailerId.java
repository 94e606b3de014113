package com.digitalbank.marketplace.catalog;

import com.digitalbank.platform.externalid.ExternalIdFormat;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record RetailerId(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public RetailerId {
		ExternalIdFormat.check("retailer id", value);
	}

	@Override
	public String toString() {
		return value;
	}

}
