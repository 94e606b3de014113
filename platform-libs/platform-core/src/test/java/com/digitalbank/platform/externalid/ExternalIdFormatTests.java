package com.digitalbank.platform.externalid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExternalIdFormatTests {

	@Test
	void acceptsTheIdsServicesHandOut() {
		assertThat(ExternalIdFormat.check("account id", "acc-123-checking")).isEqualTo("acc-123-checking");
		assertThat(ExternalIdFormat.isValid("3f1c1f9e-8a39-4c4e-9a61-3a4f6f0b1a11")).isTrue();
		assertThat(ExternalIdFormat.isValid("a".repeat(ExternalIdFormat.MAX_LENGTH))).isTrue();
	}

	@Test
	void refusesMissingEmptyLongAndForeignValues() {
		assertThat(ExternalIdFormat.isValid(null)).isFalse();
		assertThat(ExternalIdFormat.isValid("")).isFalse();
		assertThat(ExternalIdFormat.isValid("a".repeat(ExternalIdFormat.MAX_LENGTH + 1))).isFalse();
		assertThat(ExternalIdFormat.isValid("acc 1")).isFalse();
		assertThat(ExternalIdFormat.isValid("acc/1")).isFalse();
		assertThat(ExternalIdFormat.isValid("ñandú")).isFalse();
	}

	@Test
	void aTypedIdRefusesItsValueAsABadRequestNamingWhatItIs() {
		assertThatThrownBy(() -> ExternalIdFormat.check("account id", "x".repeat(5000)))
			.isInstanceOfSatisfying(InvalidExternalIdException.class, ex -> {
				assertThat(ex.code()).isEqualTo("INVALID_PARAMETER");
				assertThat(ex.kind().status()).isEqualTo(400);
				assertThat(ex.getMessage()).startsWith("The account id must be 1 to 128").doesNotContain("xxx");
			});
	}

}
