package com.digitalbank.orders.order;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/**
 * No such order for the caller's tenant. Another tenant's order answers the same, so a
 * caller cannot learn that it exists; an order still on its way through the pipeline
 * answers this too, and a client polls until it is recorded.
 */
public class OrderNotFoundException extends BusinessException {

	public static final String CODE = "ORDER_NOT_FOUND";

	public OrderNotFoundException(String orderId) {
		super(ErrorKind.NOT_FOUND, CODE, "Order " + orderId + " was not found.");
	}

}
