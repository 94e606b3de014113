package com.digitalbank.agent.assistant;

/**
 * A service answered the request with a definite refusal: its problem's code and detail.
 */
public class ServiceRefusedException extends RuntimeException {

	private final int status;

	private final String code;

	public ServiceRefusedException(int status, String code, String detail) {
		super(detail);
		this.status = status;
		this.code = code;
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

}
