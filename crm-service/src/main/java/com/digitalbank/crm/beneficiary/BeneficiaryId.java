package com.digitalbank.crm.beneficiary;

import java.time.Instant;
import java.util.UUID;

import com.digitalbank.platform.externalid.ExternalIdFormat;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A beneficiary's id, e.g. {@code ben-mi9x2k4c-3f2a9b1c}: the creation time in base 36
 * first, so that a user's beneficiaries list in the order they were added.
 */
public record BeneficiaryId(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public BeneficiaryId {
		ExternalIdFormat.check("beneficiary id", value);
	}

	public static BeneficiaryId newAt(Instant now) {
		String random = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		return new BeneficiaryId("ben-" + Long.toString(now.toEpochMilli(), 36) + "-" + random);
	}

	@Override
	public String toString() {
		return value;
	}

}
