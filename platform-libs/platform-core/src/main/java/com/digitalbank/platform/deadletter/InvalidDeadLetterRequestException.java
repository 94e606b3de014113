package com.digitalbank.platform.deadletter;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** A message id or a limit the dead-letter operations cannot take. */
class InvalidDeadLetterRequestException extends BusinessException {

	static final String INVALID_MESSAGE_ID = "INVALID_MESSAGE_ID";

	static final String INVALID_LIMIT = "INVALID_LIMIT";

	InvalidDeadLetterRequestException(String code, String detail) {
		super(ErrorKind.INVALID, code, detail);
	}

}
