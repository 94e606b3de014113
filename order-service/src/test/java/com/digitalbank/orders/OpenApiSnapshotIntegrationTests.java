package com.digitalbank.orders;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.OpenApiSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The published document is the committed snapshot ({@link OpenApiSnapshot}). */
@OrderIntegrationTest
class OpenApiSnapshotIntegrationTests {

	@LocalServerPort
	int port;

	private static final String SERVICE = "order-service";

	@Test
	void publishedDocumentIsTheCommittedSnapshot() {
		OpenApiSnapshot.assertPublishedIsCommitted(SERVICE, ApiClient.on(port).get("/v3/api-docs").body());
	}

}
