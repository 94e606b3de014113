package com.digitalbank.orders.order;

/**
 * The queues an order passes through and the events on them. The API puts
 * {@value #ORDER_SUBMITTED} on {@value #CREATION}; the record writer stores the order and
 * puts {@value #ORDER_RECORDED} on {@value #INVOICE} and {@value #INTERNAL_NOTIFICATION};
 * the invoice step puts {@value #INVOICE_CREATED} on {@value #CUSTOMER_CONFIRMATION},
 * because the customer's e-mail links the invoice. Each queue has its own dead-letter
 * queue ({@code <name>-dlq}). The names live here, at the root every step depends on, so
 * no step depends on another.
 */
public final class OrderPipeline {

	public static final String CREATION = "order-creation";

	public static final String INVOICE = "order-invoice";

	public static final String INTERNAL_NOTIFICATION = "order-internal-notification";

	public static final String CUSTOMER_CONFIRMATION = "order-customer-confirmation";

	public static final String ORDER_SUBMITTED = "ORDER_SUBMITTED";

	public static final String ORDER_RECORDED = "ORDER_RECORDED";

	public static final String INVOICE_CREATED = "INVOICE_CREATED";

	private OrderPipeline() {
	}

}
