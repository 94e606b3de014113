package com.digitalbank.orders.order;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import com.digitalbank.platform.problem.ProblemCodes;

/** The {@code startAt} of a page is not one this service handed out. */
public class InvalidStartAtException extends BusinessException {

	public InvalidStartAtException() {
		super(ErrorKind.INVALID, ProblemCodes.INVALID_PARAMETER,
				"startAt is not valid: pass the value of the previous page's startAt unchanged.");
	}

}
