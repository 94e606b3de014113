package com.digitalbank.platform.security;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "platform.security.cors.allowed-origins=https://app.digitalbank.example")
class ScopesAndCorsIntegrationTests {

	static final String APP = "https://app.digitalbank.example";

	@LocalServerPort
	int port;

	@Test
	void tokenWithoutTheGroupsScopeIsRefused() {
		ApiResponse response = client("orders crm").get("/test/scoped/accounts");

		assertInsufficientScope(response, "banking");
	}

	@Test
	void tokenWithTheGroupsScopeIsServed() {
		assertThat(client("banking").get("/test/scoped/accounts").status()).isEqualTo(200);
	}

	@Test
	void firstMatchingRuleWinsByMethod() {
		assertInsufficientScope(client("banking").post("/test/scoped/payments", "{}"), "payments:write");
		assertThat(client("payments:write").post("/test/scoped/payments", "{}").status()).isEqualTo(200);
		assertThat(client("banking").get("/test/scoped/payments").status()).isEqualTo(200);
	}

	@Test
	void pathsWithoutARuleNeedOnlyAValidToken() {
		assertThat(client("openid").get("/test/me").status()).isEqualTo(200);
	}

	@Test
	void preflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
		ApiResponse response = preflight(APP, "POST");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(APP);
		assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
		assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization")
			.containsIgnoringCase("idempotency-key");
		assertThat(response.header("Access-Control-Max-Age")).isEqualTo("3600");
	}

	@Test
	void responsesToAnAllowedOriginExposeThePlatformsHeaders() {
		ApiResponse response = client("banking").header("Origin", APP).get("/test/scoped/accounts");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(APP);
		assertThat(response.header("Access-Control-Expose-Headers")).contains("Location", "ETag", "X-Correlation-Id",
				"Idempotent-Replayed");
	}

	@Test
	void preflightFromAnotherOriginIsRefused() {
		ApiResponse response = preflight("https://evil.example", "POST");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo("FORBIDDEN");
	}

	private ApiResponse preflight(String origin, String method) {
		return ApiClient.on(port)
			.header("Origin", origin)
			.header("Access-Control-Request-Method", method)
			.header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
			.send("OPTIONS", "/test/scoped/payments", null, null);
	}

	private ApiClient client(String scopes) {
		return ApiClient.on(port).as("user-123", "acme", scopes);
	}

	static void assertInsufficientScope(ApiResponse response, String scope) {
		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo("INSUFFICIENT_SCOPE");
		assertThat(response.<String>json("$.detail")).contains(scope);
		assertThat(response.header("WWW-Authenticate"))
			.isEqualTo("Bearer error=\"insufficient_scope\", scope=\"" + scope + "\"");
	}

}
