package com.digitalbank.orders.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.digitalbank.orders.order.BillingAddress;
import com.digitalbank.orders.order.Campaign;
import com.digitalbank.orders.order.Customer;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderItem;
import com.digitalbank.orders.order.OrderStatus;
import com.digitalbank.orders.order.PaymentDetails;
import com.digitalbank.orders.order.StatusChange;
import io.swagger.v3.oas.annotations.media.Schema;

/** An order as the API shows it; {@code version} is also its ETag. */
@Schema(requiredProperties = { "orderId", "orderNumber", "tenantId", "customer", "items", "subtotal", "discount",
		"shipping", "taxRate", "tax", "total", "currency", "status", "billingAddress", "invoiceIssued", "statusHistory",
		"createdBy", "createdAt", "updatedAt", "version" })
record OrderResponse(@Schema(example = "3f1c2b9e-8d7a-4c2e-9a51-0d6f1e2a7b44") String orderId,
		@Schema(example = "ORD-20261123-3F1C2B9E") String orderNumber, @Schema(example = "acme") String tenantId,
		Customer customer, List<OrderItem> items, @Schema(example = "2998.00") BigDecimal subtotal,
		@Schema(example = "299.80") BigDecimal discount, @Schema(example = "0.00") BigDecimal shipping,
		@Schema(example = "0.16") BigDecimal taxRate, @Schema(example = "431.71") BigDecimal tax,
		@Schema(example = "3129.91") BigDecimal total, @Schema(example = "MXN") String currency, OrderStatus status,
		Campaign campaign, BillingAddress billingAddress, BillingAddress shippingAddress, PaymentDetails payment,
		String notes, @Schema(description = "Set once the PDF invoice is stored") boolean invoiceIssued,
		List<StatusChange> statusHistory, String createdBy, Instant createdAt, Instant updatedAt, long version) {

	static OrderResponse from(Order order) {
		return new OrderResponse(order.orderId(), order.orderNumber(), order.tenantId(), order.customer(),
				order.items(), order.subtotal(), order.discount(), order.shipping(), order.taxRate(), order.tax(),
				order.total(), order.currency(), order.status(), order.campaign(), order.billingAddress(),
				order.shippingAddress(), order.payment(), order.notes(), order.invoiceKey() != null,
				order.statusHistory(), order.createdBy(), order.createdAt(), order.updatedAt(), order.version());
	}

}
