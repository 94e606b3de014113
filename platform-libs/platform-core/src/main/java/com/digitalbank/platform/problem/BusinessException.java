package com.digitalbank.platform.problem;

/**
 * A rule the request broke, with a stable {@code code} clients can branch on (for example
 * {@code INSUFFICIENT_FUNDS}). Domains extend it with one type per outcome; the message
 * is shown to the client as the problem's {@code detail}, so it must not hold secrets.
 */
public class BusinessException extends RuntimeException {

	private final ErrorKind kind;

	private final String code;

	public BusinessException(ErrorKind kind, String code, String detail) {
		super(detail);
		this.kind = kind;
		this.code = code;
	}

	public ErrorKind kind() {
		return kind;
	}

	public String code() {
		return code;
	}

}
