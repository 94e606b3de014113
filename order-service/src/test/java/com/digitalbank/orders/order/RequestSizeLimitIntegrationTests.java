package com.digitalbank.orders.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.OrderRequests;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one request-size limit, the platform's 1 MB: the largest order the rules allow fits
 * under it, even with every character of its names escaped.
 */
@OrderIntegrationTest
class RequestSizeLimitIntegrationTests {

	private static final int ONE_MB = 1024 * 1024;

	@LocalServerPort
	int port;

	@Test
	void largestValidOrderIsReadAndValidated() {
		Map<String, Object> order = OrderRequests.valid("ana@example.com");
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			String productId = ("SKU-" + i + "-").concat("P".repeat(128)).substring(0, 128);
			items.add(OrderRequests.item(productId, "é".repeat(200), 10_000, "9999999999.99"));
		}
		order.put("items", items);
		order.put("notes", "é".repeat(1000));
		// Broken on purpose, so that nothing is queued: the point is that it was read.
		order.remove("billingAddress");
		String json = OrderRequests.json(order).replace("é", "\\u00e9");
		assertThat(json.length()).isBetween(ONE_MB / 2, ONE_MB);

		ApiResponse refused = client().post("/v1.0/orders", json);

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.<String>json("$.code")).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void bodyOverOneMegabyteIsRefused() {
		ApiResponse refused = client().post("/v1.0/orders", "{\"notes\":\"" + "x".repeat(ONE_MB) + "\"}");

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.<String>json("$.code")).isEqualTo("PAYLOAD_TOO_LARGE");
	}

	private ApiClient client() {
		return ApiClient.on(port).as("user-1", "size-" + UUID.randomUUID());
	}

}
