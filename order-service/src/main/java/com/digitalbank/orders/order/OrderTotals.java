package com.digitalbank.orders.order;

import java.math.BigDecimal;

/** What an order costs, computed by {@link OrderPricing}. */
public record OrderTotals(BigDecimal subtotal, BigDecimal discount, BigDecimal shipping, BigDecimal taxRate,
		BigDecimal tax, BigDecimal total) {
}
