package com.digitalbank.banking.demo;

/**
 * Mexican CLABEs for demo accounts: bank 002, plaza 180, the account number, a valid
 * check digit.
 */
final class Clabe {

	private static final int[] WEIGHTS = { 3, 7, 1 };

	private Clabe() {
	}

	static String forAccount(String accountNumber) {
		String first17 = "002180" + String.format("%11s", accountNumber).replace(' ', '0');
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (Character.digit(first17.charAt(i), 10) * WEIGHTS[i % 3]) % 10;
		}
		return first17 + (10 - sum % 10) % 10;
	}

}
