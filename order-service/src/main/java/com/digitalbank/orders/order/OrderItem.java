package com.digitalbank.orders.order;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** One line of an order; {@code lineTotal} is computed, never taken from the client. */
@Schema(requiredProperties = { "productId", "name", "quantity", "unitPrice", "lineTotal" })
public record OrderItem(String productId, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {

	public OrderItem {
		unitPrice = Money.of(unitPrice);
		lineTotal = Money.of(lineTotal);
	}

	public static OrderItem of(String productId, String name, int quantity, BigDecimal unitPrice) {
		return new OrderItem(productId, name, quantity, unitPrice, unitPrice.multiply(BigDecimal.valueOf(quantity)));
	}

}
