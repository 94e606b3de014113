package com.digitalbank.orders.order;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** An order as a list shows it: enough to pick one, without its lines. */
@Schema(requiredProperties = { "orderId", "orderNumber", "status", "customerName", "itemCount", "total", "currency",
		"createdAt", "version" })
public record OrderSummary(String orderId, String orderNumber, OrderStatus status, String customerName, int itemCount,
		BigDecimal total, String currency, Instant createdAt, long version) {

	public OrderSummary {
		total = Money.of(total);
	}

	public static OrderSummary of(Order order) {
		return new OrderSummary(order.orderId(), order.orderNumber(), order.status(), order.customer().name(),
				order.itemCount(), order.total(), order.currency(), order.createdAt(), order.version());
	}

}
