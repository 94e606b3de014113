package com.digitalbank.marketplace.bank;

import java.math.BigDecimal;

/**
 * What the marketplace asks of banking. A refused connection, a timeout, a 5xx or an open
 * circuit is {@link BankUnavailableException}: whatever was asked may or may not have
 * happened, and the caller decides what that means.
 */
public interface Bank {

	/** Charges the buyer; a repeat with the same payment id moves no more money. */
	PaymentResult pay(PaymentOrder order);

	/**
	 * Makes sure the payment id never keeps money, whether it was charged or not (banking
	 * records the void and refunds a charge).
	 */
	void voidPayment(String paymentId);

	/**
	 * Credits the payment's cashback, at most once. Answers false when banking refuses it
	 * for good (the payment was refunded meanwhile).
	 */
	boolean creditCashback(String paymentId, BigDecimal amount, String currency);

	/**
	 * The type of one of the calling buyer's accounts, asked with the buyer's token:
	 * another user's account is {@code ACCOUNT_NOT_FOUND}, and banking away
	 * {@code BANKING_UNAVAILABLE}.
	 */
	AccountType accountType(String accountId);

}
