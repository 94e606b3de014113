package com.digitalbank.marketplace.purchase;

import java.time.Instant;
import java.util.UUID;

import com.digitalbank.platform.externalid.ExternalIdFormat;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A purchase's id, e.g. {@code pur-mi9x2k4c-3f2a9b1c}. It is also its saga's id and its
 * payment id at banking, so every retry of the payment carries it.
 */
public record PurchaseId(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public PurchaseId {
		ExternalIdFormat.check("purchase id", value);
	}

	public static PurchaseId newAt(Instant now) {
		String random = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		return new PurchaseId("pur-" + Long.toString(now.toEpochMilli(), 36) + "-" + random);
	}

	@Override
	public String toString() {
		return value;
	}

}
