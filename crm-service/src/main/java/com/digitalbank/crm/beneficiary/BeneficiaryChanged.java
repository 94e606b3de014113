package com.digitalbank.crm.beneficiary;

import java.time.Instant;
import java.util.List;

/**
 * The body of the events on {@code crm-events}: {@code BENEFICIARY_ADDED},
 * {@code BENEFICIARY_UPDATED} (the beneficiary as it is now) and
 * {@code BENEFICIARY_REMOVED} (as it was). The CLABE travels as its last four digits
 * only.
 */
public record BeneficiaryChanged(String beneficiaryId, String userId, String name, List<String> aliases,
		String relationship, String bank, String clabeLast4, String accountId, long version, Instant at) {

	public static final String ADDED = "BENEFICIARY_ADDED";

	public static final String UPDATED = "BENEFICIARY_UPDATED";

	public static final String REMOVED = "BENEFICIARY_REMOVED";

	static BeneficiaryChanged of(Beneficiary beneficiary, Instant at) {
		return new BeneficiaryChanged(beneficiary.beneficiaryId().value(), beneficiary.userId(), beneficiary.name(),
				beneficiary.aliases(), beneficiary.relationship().name(), beneficiary.bank(),
				beneficiary.clabe() == null ? null : beneficiary.clabe().substring(14), beneficiary.accountId(),
				beneficiary.version(), at);
	}

}
