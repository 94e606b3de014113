package com.digitalbank.banking.transfer;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A transfer's id: random for a user's transfer, derived from the saga's id for a payment
 * or its refund, so a duplicate request finds the one already made.
 */
public record TransferId(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TransferId {
		Objects.requireNonNull(value, "transferId");
	}

	public static TransferId random() {
		return new TransferId(UUID.randomUUID().toString());
	}

	@Override
	public String toString() {
		return value;
	}

}
