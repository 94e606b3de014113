package com.digitalbank.orders.order;

/**
 * The outcome of asking to render an order's invoice: this caller may render it, it
 * exists already, or another delivery of the same message is rendering it right now.
 */
public sealed interface InvoiceClaim {

	/**
	 * This delivery may render the invoice of {@code order}, read in the same write that
	 * claimed it. {@code retried} says an earlier attempt claimed it before and may have
	 * stored the PDF already; a first attempt knows it has not.
	 */
	record Claimed(Order order, boolean retried) implements InvoiceClaim {
	}

	record AlreadyIssued() implements InvoiceClaim {
	}

	record Busy() implements InvoiceClaim {
	}

}
