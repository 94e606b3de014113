package com.digitalbank.orders.order;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** The order cannot move from its status to the requested one. */
public class InvalidStatusTransitionException extends BusinessException {

	public static final String CODE = "INVALID_STATUS_TRANSITION";

	public InvalidStatusTransitionException(OrderStatus from, OrderStatus to) {
		super(ErrorKind.CONFLICT, CODE, "An order in status " + from + " cannot move to " + to + "; allowed: "
				+ (from.next().isEmpty() ? "none" : from.next()) + ".");
	}

}
