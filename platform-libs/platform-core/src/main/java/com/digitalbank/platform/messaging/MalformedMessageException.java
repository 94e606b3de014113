package com.digitalbank.platform.messaging;

/** A message whose body is not an envelope this consumer can read. */
public class MalformedMessageException extends RuntimeException {

	public MalformedMessageException(String message) {
		super(message);
	}

	public MalformedMessageException(String message, Throwable cause) {
		super(message, cause);
	}

}
