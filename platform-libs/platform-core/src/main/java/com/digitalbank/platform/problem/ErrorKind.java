package com.digitalbank.platform.problem;

/**
 * What kind of failure a business rule reports, so domains can name outcomes without
 * knowing HTTP. The web layer turns each kind into its status.
 */
public enum ErrorKind {

	INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), PRECONDITION_FAILED(412), UNPROCESSABLE(422),
	UNAVAILABLE(503);

	private final int status;

	ErrorKind(int status) {
		this.status = status;
	}

	public int status() {
		return status;
	}

}
