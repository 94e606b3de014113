package com.digitalbank.platform.externalid;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import com.digitalbank.platform.problem.ProblemCodes;

/**
 * An id from outside that is missing, too long or has characters ids never have: 400
 * {@code INVALID_PARAMETER}. The value itself is never repeated: it may be megabytes
 * long.
 */
public final class InvalidExternalIdException extends BusinessException {

	InvalidExternalIdException(String what) {
		super(ErrorKind.INVALID, ProblemCodes.INVALID_PARAMETER,
				"The " + what + " must be " + ExternalIdFormat.DESCRIPTION + ".");
	}

}
