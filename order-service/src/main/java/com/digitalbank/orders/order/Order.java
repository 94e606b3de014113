package com.digitalbank.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as the seed's model has it, as it travels on the order-creation queue and as
 * it is stored. Totals come from {@link OrderPricing}; the client never sends them.
 *
 * @param invoiceKey the S3 key of the PDF invoice, once the invoice step has stored it
 * @param version starts at 1 and grows with every change a client makes; it is the
 * order's ETag
 */
public record Order(String orderId, String orderNumber, String tenantId, Customer customer, List<OrderItem> items,
		BigDecimal subtotal, BigDecimal discount, BigDecimal shipping, BigDecimal taxRate, BigDecimal tax,
		BigDecimal total, String currency, OrderStatus status, Campaign campaign, BillingAddress billingAddress,
		BillingAddress shippingAddress, PaymentDetails payment, String notes, String invoiceKey,
		List<StatusChange> statusHistory, String createdBy, Instant createdAt, Instant updatedAt, long version) {

	public Order {
		items = List.copyOf(items);
		statusHistory = statusHistory == null ? List.of() : List.copyOf(statusHistory);
		subtotal = Money.of(subtotal);
		discount = Money.of(discount);
		shipping = Money.of(shipping);
		tax = Money.of(tax);
		total = Money.of(total);
	}

	/** A new order, PENDING at version 1, as the API accepts it. */
	public static Order placed(String orderId, String orderNumber, String tenantId, String userId, NewOrder request,
			List<OrderItem> items, Campaign campaign, OrderTotals totals, String currency, Instant now) {
		return new Order(orderId, orderNumber, tenantId, request.customer(), items, totals.subtotal(),
				totals.discount(), totals.shipping(), totals.taxRate(), totals.tax(), totals.total(), currency,
				OrderStatus.PENDING, campaign, request.billingAddress(),
				request.shippingAddress() != null ? request.shippingAddress() : request.billingAddress(),
				request.payment() != null ? request.payment() : PaymentDetails.pendingTransfer(), request.notes(), null,
				List.of(new StatusChange(OrderStatus.PENDING, now, userId)), userId, now, now, 1);
	}

	public int itemCount() {
		return items.stream().mapToInt(OrderItem::quantity).sum();
	}

	/** This order moved to {@code target} by {@code userId}: the status rules apply. */
	public Order movedTo(OrderStatus target, String userId, Instant now) {
		OrderStatus next = status.moveTo(target);
		List<StatusChange> history = new ArrayList<>(statusHistory);
		history.add(new StatusChange(next, now, userId));
		return new Order(orderId, orderNumber, tenantId, customer, items, subtotal, discount, shipping, taxRate, tax,
				total, currency, next, campaign, billingAddress, shippingAddress, payment, notes, invoiceKey, history,
				createdBy, createdAt, now, version + 1);
	}

}
