package com.digitalbank.marketplace.bank;

/**
 * Banking could not be asked or did not answer (refused connection, timeout, 5xx, the
 * circuit open): whatever was asked may or may not have happened.
 */
public class BankUnavailableException extends RuntimeException {

	public BankUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
