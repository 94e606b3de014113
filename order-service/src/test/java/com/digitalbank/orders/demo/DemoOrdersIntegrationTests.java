package com.digitalbank.orders.demo;

import java.time.Clock;
import java.util.List;

import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.order.OrderManagement;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@OrderIntegrationTest
class DemoOrdersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPricing pricing;

	@Test
	void seedsAcmeWithOrdersInEveryStatusOnceOnly() {
		DemoOrders demo = new DemoOrders(orders, pricing, Clock.systemUTC());

		demo.run(null);
		demo.run(null);

		ApiResponse page = ApiClient.on(port).as("user-123", DemoOrders.TENANT).get("/v1.0/tenants/acme/orders");
		assertThat(page.<List<String>>json("$.items[*].orderId")).hasSize(8).doesNotHaveDuplicates();
		assertThat(page.<List<String>>json("$.items[*].status"))
			.containsOnly("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED")
			.contains("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED");
	}

}
