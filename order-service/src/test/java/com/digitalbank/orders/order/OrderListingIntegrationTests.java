package com.digitalbank.orders.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.order.persistence.OrderStore;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@OrderIntegrationTest
class OrderListingIntegrationTests {

	private static final OrderStatus[] STATUSES = OrderStatus.values();

	@LocalServerPort
	int port;

	@Autowired
	OrderStore store;

	@Autowired
	OrderPricing pricing;

	@Test
	void walksAllOfATenantsOrdersExactlyOnceNewestFirst() {
		String tenant = "t-" + UUID.randomUUID();
		List<Order> stored = store(tenant, 250, Instant.parse("2026-01-01T00:00:00Z"));
		ApiClient client = ApiClient.on(port).as("user-1", tenant);

		List<String> seen = new ArrayList<>();
		List<Instant> times = new ArrayList<>();
		String startAt = null;
		int pages = 0;
		boolean more;
		do {
			ApiResponse page = client.get(
					"/v1.0/tenants/" + tenant + "/orders?pageSize=37" + (startAt == null ? "" : "&startAt=" + startAt));
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			seen.addAll(page.json("$.items[*].orderId"));
			page.<List<String>>json("$.items[*].createdAt").forEach(time -> times.add(Instant.parse(time)));
			more = page.json("$.moreAvailable");
			startAt = more ? page.json("$.startAt") : null;
			pages++;
		}
		while (more);

		assertThat(pages).isEqualTo(7);
		assertThat(seen).hasSize(250)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(stored.stream().map(Order::orderId).toList());
		assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void filtersByStatusAndDateRangeAcrossPages() {
		String tenant = "t-" + UUID.randomUUID();
		Instant start = Instant.parse("2026-03-01T00:00:00Z");
		List<Order> stored = store(tenant, 60, start);
		ApiClient client = ApiClient.on(port).as("user-1", tenant);

		List<String> shipped = walk(client, tenant, "status=SHIPPED&pageSize=3");
		assertThat(shipped).containsExactlyInAnyOrderElementsOf(
				stored.stream().filter(order -> order.status() == OrderStatus.SHIPPED).map(Order::orderId).toList());

		Instant from = start.plus(10, ChronoUnit.MINUTES);
		Instant to = start.plus(19, ChronoUnit.MINUTES);
		List<String> inRange = walk(client, tenant, "from=" + from + "&to=" + to + "&pageSize=4");
		assertThat(inRange)
			.containsExactlyInAnyOrderElementsOf(stored.stream()
				.filter(order -> !order.createdAt().isBefore(from) && !order.createdAt().isAfter(to))
				.map(Order::orderId)
				.toList())
			.hasSize(10);
	}

	@Test
	void refusesAForeignStartAtAndAnOutOfRangePageSize() {
		String tenant = "t-" + UUID.randomUUID();
		ApiClient client = ApiClient.on(port).as("user-1", tenant);

		assertThat(client.get("/v1.0/tenants/" + tenant + "/orders?startAt=bm90LWEta2V5").<String>json("$.code"))
			.isEqualTo("INVALID_CURSOR");
		assertThat(client.get("/v1.0/tenants/" + tenant + "/orders?pageSize=0").status()).isEqualTo(400);
		assertThat(client.get("/v1.0/tenants/" + tenant + "/orders?pageSize=101").<String>json("$.code"))
			.isEqualTo("VALIDATION_FAILED");
		ApiResponse empty = client.get("/v1.0/tenants/" + tenant + "/orders");
		assertThat(empty.<List<String>>json("$.items")).isEmpty();
		assertThat(empty.<Boolean>json("$.moreAvailable")).isFalse();
	}

	private List<String> walk(ApiClient client, String tenant, String query) {
		List<String> seen = new ArrayList<>();
		String startAt = null;
		boolean more;
		do {
			ApiResponse page = client
				.get("/v1.0/tenants/" + tenant + "/orders?" + query + (startAt == null ? "" : "&startAt=" + startAt));
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			seen.addAll(page.json("$.items[*].orderId"));
			more = page.json("$.moreAvailable");
			startAt = more ? page.json("$.startAt") : null;
		}
		while (more);
		assertThat(seen).doesNotHaveDuplicates();
		return seen;
	}

	/** {@code count} orders one minute apart, cycling through every status. */
	private List<Order> store(String tenant, int count, Instant start) {
		List<Order> orders = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Order order = TestOrders.inStatus(TestOrders.order(pricing, tenant, start.plus(i, ChronoUnit.MINUTES), 1),
					STATUSES[i % STATUSES.length]);
			assertThat(store.insert(order)).isTrue();
			orders.add(order);
		}
		return orders;
	}

}
