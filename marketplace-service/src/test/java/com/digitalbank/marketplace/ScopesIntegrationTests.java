package com.digitalbank.marketplace;

import com.digitalbank.platform.test.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every marketplace endpoint needs the {@code marketplace} scope, the catalog included.
 */
class ScopesIntegrationTests extends MarketplaceIntegrationTest {

	@Test
	void marketplaceEndpointsNeedTheMarketplaceScope() {
		String user = newUser();

		assertThat(client(user, "marketplace").get("/v1/products").status()).isEqualTo(200);
		assertThat(client(user, "marketplace").get("/v1/purchases").status()).isEqualTo(200);
		assertProblem(client(user, "banking crm").get("/v1/products"), 403, "INSUFFICIENT_SCOPE");
		assertProblem(client(user, "banking").get("/v1/retailers"), 403, "INSUFFICIENT_SCOPE");
		assertProblem(client(user, "banking").get("/v1/purchases"), 403, "INSUFFICIENT_SCOPE");
		assertProblem(
				client(user, "banking").post("/v1/purchases",
						"{\"productId\":\"prd-electro-mx-01\",\"quantity\":1,\"accountId\":\"acc-1\"}"),
				403, "INSUFFICIENT_SCOPE");
		assertProblem(
				client(user, "banking").post("/v1/benefits/quote",
						"{\"productId\":\"prd-electro-mx-01\",\"quantity\":1,\"accountId\":\"acc-1\"}"),
				403, "INSUFFICIENT_SCOPE");
	}

	private ApiClient client(String user, String scopes) {
		return ApiClient.on(port).as(user, null, scopes);
	}

}
