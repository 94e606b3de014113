package com.digitalbank.orders.order;

/**
 * The outcome of asking to render an order's invoice: this caller may render it, it
 * exists already, or another delivery of the same message is rendering it right now.
 */
public enum InvoiceClaim {

	CLAIMED, ALREADY_ISSUED, BUSY

}
