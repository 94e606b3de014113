package com.digitalbank.marketplace;

import java.util.UUID;

import com.digitalbank.marketplace.catalog.Catalog;
import com.digitalbank.marketplace.demo.DemoCatalog;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the marketplace integration tests: one application context against the local
 * stack, with the demo catalog in place (added once; tests that change stock use products
 * of their own).
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class MarketplaceIntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected Catalog catalog;

	/**
	 * The context, and so its tables, is shared by every test class: one load is enough.
	 */
	private static volatile boolean demoCatalogInPlace;

	@BeforeEach
	void demoCatalog() {
		if (!demoCatalogInPlace) {
			catalog.addMissing(DemoCatalog.retailers(), DemoCatalog.products());
			demoCatalogInPlace = true;
		}
	}

	protected static String newUser() {
		return "user-" + UUID.randomUUID();
	}

	protected ApiClient api(String userId) {
		return ApiClient.on(port).as(userId);
	}

	/** A problem response with this status and code. */
	protected static void assertProblem(ApiResponse response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo(code);
	}

}
