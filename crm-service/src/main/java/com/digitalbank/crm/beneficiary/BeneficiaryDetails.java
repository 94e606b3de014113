package com.digitalbank.crm.beneficiary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.digitalbank.crm.resolution.Words;
import com.digitalbank.platform.externalid.ExternalIdFormat;

/**
 * What a user says about a beneficiary, to add or replace one, valid by construction:
 * aliases that differ even without case and accents, a CLABE with its check digit, and
 * somewhere for the money to go (a CLABE, an account with us, or both). Lengths and
 * characters are the web request's to check.
 */
public record BeneficiaryDetails(String name, List<String> aliases, Relationship relationship, Clabe clabe,
		String accountId) {

	public BeneficiaryDetails {
		name = name.strip();
		aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).toList();
		Set<String> keys = new HashSet<>();
		for (String alias : aliases) {
			String key = aliasKey(alias);
			if (key.isEmpty()) {
				throw new BeneficiaryRejectedException.InvalidAlias();
			}
			if (!keys.add(key)) {
				throw new BeneficiaryRejectedException.DuplicateAlias(alias);
			}
		}
		if (clabe == null && accountId == null) {
			throw new BeneficiaryRejectedException.DestinationRequired();
		}
		if (accountId != null) {
			ExternalIdFormat.check("accountId", accountId);
		}
	}

	/**
	 * What makes two aliases the same: the resolver cannot tell "Mamá" from "mama", so a
	 * user may have only one of them.
	 */
	public static String aliasKey(String alias) {
		return Words.fold(alias);
	}

}
