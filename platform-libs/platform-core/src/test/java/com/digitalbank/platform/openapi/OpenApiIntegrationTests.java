package com.digitalbank.platform.openapi;

import java.util.Map;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void documentIsOpenAndLeavesOutTheCallerAndTheErrorPage() {
		ApiResponse docs = ApiClient.on(port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.<Map<String, Object>>json("$.paths['/test/me'].get")).as("the caller is not a parameter")
			.containsKey("operationId")
			.doesNotContainKey("parameters");
		assertThat(docs.<Map<String, Object>>json("$.paths")).containsKey("/test/transfers")
			.doesNotContainKey("/error");
		assertThat(ApiClient.on(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void eachOperationNamesTheScopeItsTokenNeeds() {
		ApiResponse docs = ApiClient.on(port).get("/v3/api-docs");

		assertThat(docs.<String>json("$.paths['/test/scoped/payments'].post['x-required-scope']"))
			.isEqualTo("payments:write");
		assertThat(docs.<String>json("$.paths['/test/scoped/payments'].post.responses['403'].description"))
			.startsWith("INSUFFICIENT_SCOPE: the token lacks the scope payments:write");
		assertThat(docs.<Map<String, Object>>json("$.paths['/test/me'].get")).as("an unscoped path")
			.doesNotContainKey("x-required-scope");
	}

}
