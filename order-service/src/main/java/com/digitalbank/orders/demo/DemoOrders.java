package com.digitalbank.orders.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.digitalbank.orders.order.BillingAddress;
import com.digitalbank.orders.order.Campaign;
import com.digitalbank.orders.order.Customer;
import com.digitalbank.orders.order.NewOrder;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderItem;
import com.digitalbank.orders.order.OrderManagement;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.orders.order.OrderStatus;
import com.digitalbank.orders.order.PaymentDetails;
import com.digitalbank.orders.order.PaymentMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Eight orders of tenant {@code acme}, spread over the last days and across every status,
 * each through the real record writer so its invoice and e-mails appear too. Ids are
 * derived from fixed names, so a second start finds them and adds nothing.
 */
@Component
@Profile("local")
class DemoOrders implements ApplicationRunner {

	static final String TENANT = "acme";

	private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);

	private static final BillingAddress CDMX = new BillingAddress("Av. Paseo de la Reforma 222", "Piso 5",
			"Ciudad de México", "CDMX", "06600", "MX");

	private static final BillingAddress GDL = new BillingAddress("Av. Chapultepec 480", null, "Guadalajara", "Jalisco",
			"44130", "MX");

	private static final List<Demo> DEMOS = List.of(
			new Demo("Ana López", "ana.lopez@example.com", CDMX, null, OrderStatus.PENDING, 2, 1),
			new Demo("Bruno Díaz", "bruno.diaz@example.com", GDL, "WELCOME10", OrderStatus.PENDING, 1, 3),
			new Demo("Carla Méndez", "carla.mendez@example.com", CDMX, null, OrderStatus.CONFIRMED, 3, 2),
			new Demo("Diego Ramírez", "diego.ramirez@example.com", GDL, "VIP15", OrderStatus.PROCESSING, 4, 4),
			new Demo("Elena Torres", "elena.torres@example.com", CDMX, null, OrderStatus.SHIPPED, 5, 1),
			new Demo("Fernando Ruiz", "fernando.ruiz@example.com", GDL, "BUENFIN25", OrderStatus.DELIVERED, 7, 6),
			new Demo("Gabriela Soto", "gabriela.soto@example.com", CDMX, null, OrderStatus.DELIVERED, 9, 2),
			new Demo("Héctor Vega", "hector.vega@example.com", GDL, null, OrderStatus.CANCELLED, 10, 1));

	private static final List<OrderItem> CATALOGUE = List.of(
			OrderItem.of("SKU-1001", "Wireless headphones", 1, new BigDecimal("1499.00")),
			OrderItem.of("SKU-2040", "USB-C charger 65 W", 2, new BigDecimal("549.00")),
			OrderItem.of("SKU-3310", "Laptop sleeve 14\"", 1, new BigDecimal("389.50")),
			OrderItem.of("SKU-4002", "Mechanical keyboard", 1, new BigDecimal("2199.00")),
			OrderItem.of("SKU-5120", "27\" monitor", 1, new BigDecimal("5899.00")),
			OrderItem.of("SKU-6001", "HDMI cable 2 m", 3, new BigDecimal("129.90")));

	private final OrderManagement orders;

	private final OrderPricing pricing;

	private final Clock clock;

	DemoOrders(OrderManagement orders, OrderPricing pricing, Clock clock) {
		this.orders = orders;
		this.pricing = pricing;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int stored = 0;
		for (int i = 0; i < DEMOS.size(); i++) {
			if (orders.record(order(i, DEMOS.get(i)))) {
				stored++;
			}
		}
		log.info("Demo data: {} new orders for tenant {}", stored, TENANT);
	}

	private Order order(int index, Demo demo) {
		String orderId = UUID.nameUUIDFromBytes(("demo-" + TENANT + "-" + index).getBytes(StandardCharsets.UTF_8))
			.toString();
		List<OrderItem> items = CATALOGUE.subList(0, demo.lines());
		Campaign campaign = pricing.campaign(demo.campaign());
		Instant placed = clock.instant().minus(Duration.ofDays(demo.daysAgo())).truncatedTo(ChronoUnit.MICROS);
		List<NewOrder.Line> lines = items.stream()
			.map(item -> new NewOrder.Line(item.productId(), item.name(), item.quantity(), item.unitPrice()))
			.toList();
		PaymentDetails payment = new PaymentDetails(PaymentMethod.CARD, PaymentDetails.PaymentStatus.AUTHORIZED,
				"demo-" + index, "4242", placed);
		NewOrder request = new NewOrder(new Customer(demo.name(), demo.email(), "+52 55 5555 0" + (100 + index), null),
				lines, demo.address(), null, demo.campaign(), "MXN", payment, null);
		Order order = Order.placed(orderId, "ORD-DEMO-" + (1001 + index), TENANT, "user-123", request, items, campaign,
				pricing.price(items, campaign), "MXN", placed);
		for (OrderStatus step : path(demo.status())) {
			order = order.movedTo(step, "user-123", order.updatedAt().plus(Duration.ofHours(6)));
		}
		return order;
	}

	private static List<OrderStatus> path(OrderStatus target) {
		if (target == OrderStatus.CANCELLED) {
			return List.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED);
		}
		List<OrderStatus> forward = List.of(OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.SHIPPED,
				OrderStatus.DELIVERED);
		return forward.subList(0, forward.indexOf(target) + 1);
	}

	private record Demo(String name, String email, BillingAddress address, String campaign, OrderStatus status,
			int daysAgo, int lines) {
	}

}
