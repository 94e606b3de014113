package com.digitalbank.orders.order;

/**
 * The events an order passes through, and on which queue of
 * {@link PipelineProperties.Queues}. The API puts {@value #ORDER_SUBMITTED} on
 * {@code creation}; the record writer stores the order and puts {@value #ORDER_RECORDED}
 * on {@code invoice} and {@code internalNotification}; the invoice step puts
 * {@value #INVOICE_CREATED} on {@code customerConfirmation}, because the customer's
 * e-mail links the invoice. Each queue has its own dead-letter queue
 * ({@code <name>-dlq}). The event types live here, at the root every step depends on, so
 * no step depends on another.
 */
public final class OrderPipeline {

	public static final String ORDER_SUBMITTED = "ORDER_SUBMITTED";

	public static final String ORDER_RECORDED = "ORDER_RECORDED";

	public static final String INVOICE_CREATED = "INVOICE_CREATED";

	private OrderPipeline() {
	}

}
