package com.digitalbank.marketplace.bank;

/** Banking's definite answer to a charge. */
public sealed interface PaymentResult {

	/** The money moved (now, or on an earlier attempt with the same id). */
	record Charged(String paymentId) implements PaymentResult {
	}

	/**
	 * Banking refused and moved nothing: {@code code} is its problem code, such as
	 * {@code INSUFFICIENT_FUNDS}.
	 */
	record Refused(String code, String detail) implements PaymentResult {
	}

}
