package com.digitalbank.orders.order;

import java.math.BigDecimal;

/** One line of an order; {@code lineTotal} is computed, never taken from the client. */
public record OrderItem(String productId, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {

	public OrderItem {
		unitPrice = Money.of(unitPrice);
		lineTotal = Money.of(lineTotal);
	}

	public static OrderItem of(String productId, String name, int quantity, BigDecimal unitPrice) {
		return new OrderItem(productId, name, quantity, unitPrice, unitPrice.multiply(BigDecimal.valueOf(quantity)));
	}

}
