package com.digitalbank.orders.order.web;

import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a new order: accepted, not yet recorded; poll its {@code Location}. */
@Schema(requiredProperties = { "orderId", "orderNumber", "status" })
record OrderAcceptedResponse(@Schema(example = "3f1c2b9e-8d7a-4c2e-9a51-0d6f1e2a7b44") String orderId,
		@Schema(example = "ORD-20261123-3F1C2B9E") String orderNumber,
		@Schema(example = "PENDING") OrderStatus status) {

	static OrderAcceptedResponse from(Order order) {
		return new OrderAcceptedResponse(order.orderId(), order.orderNumber(), order.status());
	}

}
