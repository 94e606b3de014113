package com.digitalbank.orders.order;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.OrderRequests;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OrderIntegrationTest
class OrderApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void acceptsAnOrderPricesItAndRecordsItWithinSeconds() {
		ApiClient client = ApiClient.on(port).as("user-1", tenant());

		ApiResponse accepted = client.post("/v1.0/orders", OrderRequests.json("ana@example.com", order -> {
			order.put("total", 1);
			order.put("subtotal", 1);
		}));

		assertThat(accepted.status()).isEqualTo(202);
		String orderId = accepted.json("$.orderId");
		assertThat(accepted.<String>json("$.status")).isEqualTo("PENDING");
		assertThat(accepted.header("Location")).isEqualTo("/v1.0/orders/" + orderId);
		ApiResponse recorded = awaitRecorded(client, orderId);
		assertThat(recorded.header("ETag")).isEqualTo("\"1\"");
		// 2 x 1499.00 = 2998.00, WELCOME10 -299.80, free shipping over 999.00, IVA 16 %
		// of 2698.20.
		assertThat(recorded.body()).contains("\"subtotal\":2998.00", "\"discount\":299.80", "\"shipping\":0.00",
				"\"tax\":431.71", "\"total\":3129.91", "\"currency\":\"MXN\"");
		assertThat(recorded.<String>json("$.campaign.code")).isEqualTo("WELCOME10");
		assertThat(recorded.<String>json("$.orderNumber")).startsWith("ORD-");
		assertThat(recorded.<String>json("$.shippingAddress.city")).isEqualTo("Ciudad de México");
	}

	static Stream<Arguments> badOrders() {
		return Stream.of(bad("no items", "items", order -> order.put("items", List.of())),
				bad("quantity 0", "items[0].quantity", order -> OrderRequests.firstItem(order).put("quantity", 0)),
				bad("negative price", "items[0].unitPrice",
						order -> OrderRequests.firstItem(order).put("unitPrice", -1)),
				bad("three decimals", "items[0].unitPrice",
						order -> OrderRequests.firstItem(order).put("unitPrice", 1.005)),
				bad("bad e-mail", "customer.email",
						order -> order.put("customer", Map.of("name", "Ana", "email", "not-an-email"))),
				bad("10,000 items", "items", order -> OrderRequests.withItems(order, 10_000)),
				bad("no billing address", "billingAddress", order -> order.remove("billingAddress")));
	}

	private static Arguments bad(String name, String field, Consumer<Map<String, Object>> breakIt) {
		return Arguments.of(name, field, breakIt);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badOrders")
	void refusesABadOrderWithProblemJsonAndQueuesNothing(String name, String field,
			Consumer<Map<String, Object>> breakIt) {
		String tenant = tenant();
		ApiClient client = ApiClient.on(port).as("user-1", tenant);

		ApiResponse refused = client.post("/v1.0/orders", OrderRequests.json("ana@example.com", breakIt));

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.<String>json("$.code")).isEqualTo("VALIDATION_FAILED");
		assertThat(refused.<List<String>>json("$.errors[*].field")).contains(field);
		// A good order sent after it is recorded, and it is the tenant's only one.
		String good = client.post("/v1.0/orders", OrderRequests.json(OrderRequests.valid("ana@example.com")))
			.json("$.orderId");
		awaitRecorded(client, good);
		assertThat(client.get("/v1.0/tenants/" + tenant + "/orders").<List<String>>json("$.items[*].orderId"))
			.containsExactly(good);
	}

	@Test
	void refusesAnUnknownCampaign() {
		ApiResponse refused = ApiClient.on(port)
			.as("user-1", tenant())
			.post("/v1.0/orders", OrderRequests.json("ana@example.com", order -> order.put("campaignCode", "NOPE")));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.<String>json("$.code")).isEqualTo("UNKNOWN_CAMPAIGN");
	}

	@Test
	void refusesATokenWithoutTenant() {
		ApiClient client = ApiClient.on(port).as("user-1");

		assertThat(client.post("/v1.0/orders", OrderRequests.json(OrderRequests.valid("ana@example.com")))
			.<String>json("$.code")).isEqualTo("TENANT_REQUIRED");
		assertThat(client.get("/v1.0/orders/" + UUID.randomUUID()).status()).isEqualTo(403);
	}

	@Test
	void movesAlongTheStatusFlowWithOptimisticLocking() {
		ApiClient client = ApiClient.on(port).as("user-1", tenant());
		String orderId = client.post("/v1.0/orders", OrderRequests.json(OrderRequests.valid("ana@example.com")))
			.json("$.orderId");
		awaitRecorded(client, orderId);
		String path = "/v1.0/orders/" + orderId;

		ApiResponse confirmed = client.header("If-Match", "\"1\"").put(path, "{\"status\":\"CONFIRMED\"}");
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		assertThat(confirmed.header("ETag")).isEqualTo("\"2\"");
		assertThat(confirmed.<String>json("$.status")).isEqualTo("CONFIRMED");

		ApiResponse stale = client.header("If-Match", "\"1\"").put(path, "{\"status\":\"PROCESSING\"}");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.<String>json("$.code")).isEqualTo("PRECONDITION_FAILED");

		ApiResponse skipping = client.put(path, "{\"status\":\"DELIVERED\"}");
		assertThat(skipping.status()).isEqualTo(409);
		assertThat(skipping.<String>json("$.code")).isEqualTo("INVALID_STATUS_TRANSITION");

		for (String status : List.of("PROCESSING", "SHIPPED")) {
			assertThat(client.put(path, "{\"status\":\"" + status + "\"}").status()).isEqualTo(200);
		}
		ApiResponse lateCancel = client.put(path, "{\"status\":\"CANCELLED\"}");
		assertThat(lateCancel.status()).isEqualTo(409);
		assertThat(client.header("If-Match", "W/\"4\"").put(path, "{\"status\":\"DELIVERED\"}").status())
			.isEqualTo(200);
		ApiResponse delivered = client.get(path);
		assertThat(delivered.<List<String>>json("$.statusHistory[*].status")).containsExactly("PENDING", "CONFIRMED",
				"PROCESSING", "SHIPPED", "DELIVERED");
		assertThat(delivered.header("ETag")).isEqualTo("\"5\"");
	}

	@Test
	void cancelsBeforeShippingAndRefusesUnknownStatus() {
		ApiClient client = ApiClient.on(port).as("user-1", tenant());
		String orderId = client.post("/v1.0/orders", OrderRequests.json(OrderRequests.valid("ana@example.com")))
			.json("$.orderId");
		awaitRecorded(client, orderId);

		assertThat(client.put("/v1.0/orders/" + orderId, "{\"status\":\"SENT\"}").status()).isEqualTo(400);
		assertThat(client.put("/v1.0/orders/" + orderId, "{\"status\":\"CANCELLED\"}").<String>json("$.status"))
			.isEqualTo("CANCELLED");
		assertThat(client.put("/v1.0/orders/" + orderId, "{\"status\":\"CONFIRMED\"}").status()).isEqualTo(409);
	}

	@Test
	void replaysTheFirstAnswerForARepeatedIdempotencyKey() {
		String tenant = tenant();
		ApiClient client = ApiClient.on(port)
			.as("user-1", tenant)
			.header("Idempotency-Key", "key-" + UUID.randomUUID());
		String body = OrderRequests.json(OrderRequests.valid("ana@example.com"));

		ApiResponse first = client.post("/v1.0/orders", body);
		ApiResponse second = client.post("/v1.0/orders", body);

		assertThat(first.status()).isEqualTo(202);
		assertThat(second.status()).isEqualTo(202);
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(second.<String>json("$.orderId")).isEqualTo(first.json("$.orderId"));
		assertThat(second.header("Location")).isEqualTo(first.header("Location"));
		awaitRecorded(client, first.json("$.orderId"));
		assertThat(client.get("/v1.0/tenants/" + tenant + "/orders").<List<String>>json("$.items[*].orderId"))
			.hasSize(1);
	}

	@Test
	void answersNotFoundForAnUnknownOrMalformedId() {
		ApiClient client = ApiClient.on(port).as("user-1", tenant());

		assertThat(client.get("/v1.0/orders/" + UUID.randomUUID()).<String>json("$.code")).isEqualTo("ORDER_NOT_FOUND");
		assertThat(client.get("/v1.0/orders/not-a-uuid").status()).isEqualTo(404);
	}

	@Test
	void documentsTheApiWithWorkingExamples() {
		ApiResponse docs = ApiClient.on(port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/v1.0/orders", "/v1.0/orders/{orderId}", "/v1.0/tenants/{tenantId}/orders",
				"Idempotency-Key", "If-Match", "WELCOME10", "ana.lopez@example.com", "\"example\":1499");
	}

	static ApiResponse awaitRecorded(ApiClient client, String orderId) {
		return await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> client.get("/v1.0/orders/" + orderId), response -> response.status() == 200);
	}

	static String tenant() {
		return "t-" + UUID.randomUUID();
	}

}
