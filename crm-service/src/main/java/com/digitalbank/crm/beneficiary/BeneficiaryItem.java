package com.digitalbank.crm.beneficiary;

/**
 * What an item of a beneficiary's transaction stands for, handed back when its condition
 * fails: the beneficiary itself (changed meanwhile), one of its aliases or its CLABE
 * (taken by another of the user's beneficiaries), or the user's count of beneficiaries
 * (at its limit).
 */
public record BeneficiaryItem(Kind kind, String value) {

	public enum Kind {

		RECORD, ALIAS, CLABE, COUNT

	}

}
