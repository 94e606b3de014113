package com.digitalbank.orders.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
class TenantIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrderStore store;

	@Autowired
	OrderPricing pricing;

	@Test
	void noTenantReachesAnotherTenantsOrders() {
		String alpha = "t-" + UUID.randomUUID();
		String beta = "t-" + UUID.randomUUID();
		List<String> alphaOrders = store(alpha, 5);
		List<String> betaOrders = store(beta, 3);
		ApiClient asAlpha = ApiClient.on(port).as("user-a", alpha);
		ApiClient asBeta = ApiClient.on(port).as("user-b", beta);

		for (String orderId : alphaOrders) {
			ApiResponse get = asBeta.get("/v1.0/orders/" + orderId);
			assertThat(get.status()).isEqualTo(404);
			assertThat(get.<String>json("$.code")).isEqualTo("ORDER_NOT_FOUND");
			ApiResponse put = asBeta.header("If-Match", "\"1\"")
				.put("/v1.0/orders/" + orderId, "{\"status\":\"CANCELLED\"}");
			assertThat(put.status()).isEqualTo(404);
		}
		ApiResponse foreignList = asBeta.get("/v1.0/tenants/" + alpha + "/orders");
		assertThat(foreignList.status()).isEqualTo(404);
		assertThat(foreignList.body()).doesNotContain(alphaOrders.toArray(String[]::new));

		assertThat(asBeta.get("/v1.0/tenants/" + beta + "/orders").<List<String>>json("$.items[*].orderId"))
			.containsExactlyInAnyOrderElementsOf(betaOrders);
		assertThat(asAlpha.get("/v1.0/tenants/" + alpha + "/orders").<List<String>>json("$.items[*].orderId"))
			.containsExactlyInAnyOrderElementsOf(alphaOrders);
		for (String orderId : alphaOrders) {
			ApiResponse untouched = asAlpha.get("/v1.0/orders/" + orderId);
			assertThat(untouched.<String>json("$.status")).isEqualTo("PENDING");
			assertThat(untouched.header("ETag")).isEqualTo("\"1\"");
		}
	}

	@Test
	void aTokenWithoutTenantReachesNothing() {
		String tenant = "t-" + UUID.randomUUID();
		String orderId = store(tenant, 1).getFirst();
		ApiClient noTenant = ApiClient.on(port).as("user-a");

		assertThat(noTenant.get("/v1.0/orders/" + orderId).status()).isEqualTo(403);
		assertThat(noTenant.get("/v1.0/tenants/" + tenant + "/orders").<String>json("$.code"))
			.isEqualTo("TENANT_REQUIRED");
		assertThat(noTenant.put("/v1.0/orders/" + orderId, "{\"status\":\"CONFIRMED\"}").status()).isEqualTo(403);
	}

	private List<String> store(String tenant, int count) {
		List<String> ids = new ArrayList<>();
		Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
		for (int i = 0; i < count; i++) {
			Order order = TestOrders.order(pricing, tenant, start.plusSeconds(i), 2);
			store.insert(order);
			ids.add(order.orderId());
		}
		return ids;
	}

}
