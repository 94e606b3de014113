package com.digitalbank.platform.dynamodb;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/**
 * A cursor that this list did not hand out: 400 {@code INVALID_CURSOR}. Every way a
 * cursor can be wrong gets the same answer, so a client learns nothing about the keys
 * behind it.
 */
public final class InvalidCursorException extends BusinessException {

	public static final String CODE = "INVALID_CURSOR";

	InvalidCursorException() {
		super(ErrorKind.INVALID, CODE, "The cursor is not valid for this list.");
	}

}
