package com.digitalbank.agent;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.OpenApiSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The published document is the committed snapshot ({@link OpenApiSnapshot}). */
@AgentIntegrationTest
class OpenApiSnapshotIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void publishedDocumentIsTheCommittedSnapshot() {
		OpenApiSnapshot.assertPublishedIsCommitted("agent-orchestrator", ApiClient.on(port).get("/v3/api-docs").body());
	}

}
