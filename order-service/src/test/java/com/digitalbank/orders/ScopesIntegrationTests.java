package com.digitalbank.orders;

import java.util.UUID;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders need the {@code orders} scope: a banking token lists no orders. */
@OrderIntegrationTest
class ScopesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aTokenWithoutTheOrdersScopeIsRefused() {
		String tenant = "t-" + UUID.randomUUID();

		ApiResponse response = client(tenant, "banking marketplace").get("/v1.0/tenants/" + tenant + "/orders");

		assertThat(response.status()).as(response.body()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo("INSUFFICIENT_SCOPE");
	}

	@Test
	void aTokenWithTheOrdersScopeIsServed() {
		String tenant = "t-" + UUID.randomUUID();

		assertThat(client(tenant, "orders").get("/v1.0/tenants/" + tenant + "/orders").status()).isEqualTo(200);
	}

	private ApiClient client(String tenant, String scopes) {
		return ApiClient.on(port).as("user-a", tenant, scopes);
	}

}
