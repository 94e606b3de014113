package com.digitalbank.crm.beneficiary;

import java.time.Instant;
import java.util.List;

/**
 * A beneficiary as stored. {@code bank} is the catalogue's name for the CLABE's bank,
 * kept as it was when the CLABE was given; {@code version} grows with every change and
 * guards it.
 */
public record Beneficiary(BeneficiaryId beneficiaryId, String userId, String name, List<String> aliases,
		Relationship relationship, String clabe, String bank, String accountId, Instant createdAt, Instant updatedAt,
		long version) {

	public Beneficiary {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	static Beneficiary added(BeneficiaryId id, String userId, BeneficiaryDetails details, String bank, Instant at) {
		return new Beneficiary(id, userId, details.name(), details.aliases(), details.relationship(),
				details.clabe() == null ? null : details.clabe().value(), bank, details.accountId(), at, at, 1);
	}

	/** The beneficiary as the details replace it, one version later. */
	Beneficiary replacedBy(BeneficiaryDetails details, String bank, Instant at) {
		return new Beneficiary(beneficiaryId, userId, details.name(), details.aliases(), details.relationship(),
				details.clabe() == null ? null : details.clabe().value(), bank, details.accountId(), createdAt, at,
				version + 1);
	}

	public boolean isOwnedBy(String user) {
		return userId.equals(user);
	}

}
