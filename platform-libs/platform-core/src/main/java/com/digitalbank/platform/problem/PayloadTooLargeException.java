package com.digitalbank.platform.problem;

/** A request body grew past the configured limit while it was being read. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
	}

}
