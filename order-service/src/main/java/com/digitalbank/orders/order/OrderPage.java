package com.digitalbank.orders.order;

import java.util.List;

/**
 * A page of orders and where the next one starts; {@code startAt} is null on the last
 * page.
 */
public record OrderPage(List<OrderSummary> orders, boolean moreAvailable, String startAt) {

	public OrderPage {
		orders = List.copyOf(orders);
	}

}
