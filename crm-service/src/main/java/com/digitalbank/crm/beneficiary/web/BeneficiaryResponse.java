package com.digitalbank.crm.beneficiary.web;

import java.time.Instant;
import java.util.List;

import com.digitalbank.crm.beneficiary.Beneficiary;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A beneficiary as clients see it; {@code clabe}, {@code bank} and {@code accountId} are
 * always present, null where the beneficiary has none.
 */
@Schema(requiredProperties = { "beneficiaryId", "name", "aliases", "relationship", "clabe", "bank", "accountId",
		"createdAt", "updatedAt" })
record BeneficiaryResponse(@Schema(example = "ben-mi9x2k4c-3f2a9b1c") String beneficiaryId,
		@Schema(example = "María Guadalupe Hernández Ruiz") String name, List<String> aliases,
		@Schema(example = "MOTHER") String relationship,
		@Schema(example = "002010077777777771") @JsonInclude(JsonInclude.Include.ALWAYS) String clabe,
		@Schema(example = "Banamex") @JsonInclude(JsonInclude.Include.ALWAYS) String bank,
		@Schema(example = "acc-456-savings") @JsonInclude(JsonInclude.Include.ALWAYS) String accountId,
		Instant createdAt, Instant updatedAt) {

	static BeneficiaryResponse from(Beneficiary beneficiary) {
		return new BeneficiaryResponse(beneficiary.beneficiaryId().value(), beneficiary.name(), beneficiary.aliases(),
				beneficiary.relationship().name(), beneficiary.clabe(), beneficiary.bank(), beneficiary.accountId(),
				beneficiary.createdAt(), beneficiary.updatedAt());
	}

}
