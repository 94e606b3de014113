package com.digitalbank.orders.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a client asks for, already validated for shape by the web adapter. Prices per unit
 * come from the client (the catalogue lives elsewhere); every total is computed here.
 */
public record NewOrder(Customer customer, List<Line> items, BillingAddress billingAddress,
		BillingAddress shippingAddress, String campaignCode, String currency, PaymentDetails payment, String notes) {

	public NewOrder {
		items = List.copyOf(items);
	}

	/** One requested line. */
	public record Line(String productId, String name, int quantity, BigDecimal unitPrice) {
	}

}
