package com.digitalbank.crm.beneficiary.web;

import java.util.List;

import com.digitalbank.crm.beneficiary.BeneficiaryDetails;
import com.digitalbank.crm.beneficiary.Clabe;
import com.digitalbank.crm.beneficiary.Relationship;
import com.digitalbank.platform.externalid.ExternalId;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A beneficiary to add, or to replace one with: every field, as it should be afterwards.
 * A CLABE, an {@code accountId} with us, or both.
 */
record BeneficiaryRequest(
		@Schema(example = "María Guadalupe Hernández Ruiz") @NotBlank @Size(max = 100) @Pattern(regexp = TEXT,
				message = NO_CONTROL) String name,
		@ArraySchema(schema = @Schema(example = "mamá", maxLength = 50), maxItems = 10) @Size(
				max = 10) List<@NotBlank @Size(max = 50) @Pattern(regexp = TEXT, message = NO_CONTROL) String> aliases,
		@Schema(example = "MOTHER") @NotNull Relationship relationship,
		@Schema(example = "002010077777777771", description = "18 digits with a valid check digit") @Pattern(
				regexp = "\\d{18}", message = "must be 18 digits") String clabe,
		@Schema(example = "acc-456-savings",
				description = "An account with us, when the beneficiary banks here") @ExternalId String accountId) {

	/** Printable text: no control characters (tabs, new lines, NUL, escape codes). */
	static final String TEXT = "[^\\p{Cc}]*";

	static final String NO_CONTROL = "must not contain control characters";

	BeneficiaryDetails details() {
		return new BeneficiaryDetails(name, aliases, relationship, clabe == null ? null : new Clabe(clabe), accountId);
	}

}
