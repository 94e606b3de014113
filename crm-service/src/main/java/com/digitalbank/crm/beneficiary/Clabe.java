package com.digitalbank.crm.beneficiary;

/**
 * A CLABE, Mexico's 18-digit interbank account number: bank (3 digits), branch (3),
 * account (11) and a check digit, which catches a mistyped digit before money goes to the
 * wrong account. The check digit: each of the first 17 digits times 3, 7, 1, 3, 7, 1,
 * ..., each product mod 10, summed; the digit is (10 - sum mod 10) mod 10.
 */
public record Clabe(String value) {

	private static final int[] WEIGHTS = { 3, 7, 1 };

	public Clabe {
		if (value == null || !value.matches("\\d{18}")) {
			throw new BeneficiaryRejectedException.InvalidClabe("A CLABE has exactly 18 digits.");
		}
		if (checkDigit(value) != value.charAt(17) - '0') {
			throw new BeneficiaryRejectedException.InvalidClabe(
					"The CLABE's check digit does not match: a digit is probably mistyped.");
		}
	}

	/** The bank's code: the first three digits. */
	public String bankCode() {
		return value.substring(0, 3);
	}

	static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i % 3] % 10;
		}
		return (10 - sum % 10) % 10;
	}

	/**
	 * Only the last four digits: CLABEs are masked wherever they are shown in passing.
	 */
	@Override
	public String toString() {
		return "CLABE ****" + value.substring(14);
	}

}
