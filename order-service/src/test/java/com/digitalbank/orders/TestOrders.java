package com.digitalbank.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.digitalbank.orders.order.BillingAddress;
import com.digitalbank.orders.order.Customer;
import com.digitalbank.orders.order.NewOrder;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderItem;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.orders.order.OrderStatus;
import com.digitalbank.orders.order.OrdersProperties;

/** Orders built as the API would build them, for tests that store them directly. */
public final class TestOrders {

	public static final BillingAddress ADDRESS = new BillingAddress("Av. Reforma 222", null, "Ciudad de México", "CDMX",
			"06600", "MX");

	private TestOrders() {
	}

	/** Pricing as {@code application.yml} sets it, without the campaigns. */
	public static OrderPricing pricing() {
		return new OrderPricing(new OrdersProperties("orders", "MXN", new BigDecimal("0.16"),
				new OrdersProperties.Shipping(new BigDecimal("99.00"), new BigDecimal("999.00")), null));
	}

	public static Order order(OrderPricing pricing, String tenantId, Instant createdAt, int itemCount) {
		String orderId = UUID.randomUUID().toString();
		List<NewOrder.Line> lines = new ArrayList<>();
		for (int i = 1; i <= itemCount; i++) {
			lines.add(new NewOrder.Line("SKU-" + i, "Product number " + i + " with a fairly long description",
					i % 3 + 1, new BigDecimal("149.90")));
		}
		NewOrder request = new NewOrder(new Customer("Ana López", "ana.lopez@example.com", null, "LOAA850101ABC"),
				lines, ADDRESS, null, null, null, null, null);
		List<OrderItem> items = lines.stream()
			.map(line -> OrderItem.of(line.productId(), line.name(), line.quantity(), line.unitPrice()))
			.toList();
		String orderNumber = "ORD-TEST-" + orderId.substring(0, 8).toUpperCase(Locale.ROOT);
		return Order.placed(orderId, orderNumber, tenantId, "user-1", request, items, null, pricing.price(items, null),
				"MXN", createdAt);
	}

	/** The order walked forward to {@code status} along allowed moves. */
	public static Order inStatus(Order order, OrderStatus status) {
		List<OrderStatus> path = switch (status) {
			case PENDING -> List.of();
			case CANCELLED -> List.of(OrderStatus.CANCELLED);
			default ->
				List.of(OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.DELIVERED)
					.subList(0, status.ordinal());
		};
		Order result = order;
		for (OrderStatus next : path) {
			result = result.movedTo(next, "user-1", result.createdAt());
		}
		return result;
	}

}
