package com.digitalbank.platform.security;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Cognito names resource-server scopes {@code identifier/name}. */
@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "platform.security.scope-prefix=https://api.digitalbank.example/")
class ScopePrefixIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void scopeCountsOnlyWithTheIssuersPrefix() {
		assertThat(client("https://api.digitalbank.example/banking").get("/test/scoped/accounts").status())
			.isEqualTo(200);
		ScopesAndCorsIntegrationTests.assertInsufficientScope(client("banking").get("/test/scoped/accounts"),
				"https://api.digitalbank.example/banking");
	}

	private ApiClient client(String scopes) {
		return ApiClient.on(port).as("user-123", "acme", scopes);
	}

}
