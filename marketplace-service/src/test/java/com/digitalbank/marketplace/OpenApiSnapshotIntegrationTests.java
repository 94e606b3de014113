package com.digitalbank.marketplace;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

/** The published document is the committed snapshot ({@link OpenApiSnapshot}). */
class OpenApiSnapshotIntegrationTests extends MarketplaceIntegrationTest {

	private static final String SERVICE = "marketplace-service";

	@Test
	void publishedDocumentIsTheCommittedSnapshot() {
		OpenApiSnapshot.assertPublishedIsCommitted(SERVICE, ApiClient.on(port).get("/v3/api-docs").body());
	}

}
