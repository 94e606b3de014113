package com.digitalbank.orders.order;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/**
 * The client changed an order it had read at another version ({@code If-Match}), or
 * another writer got there first: it must read the order again and decide anew.
 */
public class OrderVersionMismatchException extends BusinessException {

	public static final String CODE = "PRECONDITION_FAILED";

	public OrderVersionMismatchException(String orderId, long expected) {
		super(ErrorKind.PRECONDITION_FAILED, CODE,
				"Order " + orderId + " is no longer at version " + expected + "; read it again and retry.");
	}

}
