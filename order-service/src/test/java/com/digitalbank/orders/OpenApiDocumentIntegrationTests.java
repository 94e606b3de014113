package com.digitalbank.orders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.OpenApiDocument;
import com.digitalbank.platform.test.OpenApiDocument.Call;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.awaitility.Awaitility.await;

/**
 * Walks the published document and calls every operation once with demo-like data: the
 * answer is the success the document promises, so a generated client reads it.
 */
@OrderIntegrationTest
class OpenApiDocumentIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyOperationAnswersItsDocumentedSuccess() throws Exception {
		String docs = ApiClient.on(port).get("/v3/api-docs").body();
		Files.writeString(Path.of("target", "openapi.json"), docs);
		OpenApiDocument document = OpenApiDocument.validated(docs);
		String tenant = "t-" + UUID.randomUUID();
		ApiClient api = ApiClient.on(port).as("user-1", tenant);
		String[] orderId = new String[1];

		document.assertCallsAnswerTheDocumentedSuccesses(List.of(new Call("POST /v1.0/orders", () -> {
			ApiResponse accepted = api.header("Idempotency-Key", UUID.randomUUID().toString())
				.post("/v1.0/orders", OrderRequests.json(OrderRequests.valid("ana@example.com")));
			orderId[0] = accepted.json("$.orderId");
			return accepted;
		}), new Call("GET /v1.0/orders/{orderId}", () -> recorded(api, orderId[0])),
				new Call("PUT /v1.0/orders/{orderId}",
						() -> api.header("If-Match", "\"1\"")
							.put("/v1.0/orders/" + orderId[0], "{\"status\":\"CONFIRMED\"}")),
				new Call("GET /v1.0/tenants/{tenantId}/orders",
						() -> api.get("/v1.0/tenants/" + tenant + "/orders?from=2020-01-01T00:00:00Z"))));
	}

	private static ApiResponse recorded(ApiClient api, String orderId) {
		return await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> api.get("/v1.0/orders/" + orderId), (response) -> response.status() == 200);
	}

}
