package com.digitalbank.platform.problem;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client meets at the edges, over real HTTP: requests Tomcat refuses before any
 * filter runs, values too long to echo, headers and instants in the forms clients send.
 */
@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeProblemsIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = ApiClient.on(port).as("user-123", "acme");
	}

	@Test
	void pathOverTheHeaderLimitIsProblemJson() {
		assertProblem(api.get("/test/" + "a".repeat(20_000)), 400, "MALFORMED_REQUEST");
	}

	@Test
	void encodedSlashInThePathIsProblemJson() {
		assertProblem(api.get("/test/ids/a%2Fb"), 400, "MALFORMED_REQUEST");
	}

	@Test
	void encodedClimbOutOfTheRootIsProblemJson() {
		assertProblem(api.get("/test/..%2F..%2Fetc%2Fpasswd"), 400, "MALFORMED_REQUEST");
	}

	@Test
	void longIdIsNotEchoedWhole() {
		String id = "x".repeat(3_000);

		ApiResponse response = api.get("/test/orders/" + id);

		assertProblem(response, 404, "ORDER_NOT_FOUND");
		assertThat(response.<String>json("$.detail")).startsWith("Order xxx").hasSizeLessThanOrEqualTo(301);
		assertThat(response.<String>json("$.instance")).startsWith("/test/orders/xxx")
			.hasSizeLessThanOrEqualTo(Problems.MAX_INSTANCE);
		assertThat(response.body()).doesNotContain(id);
	}

	@Test
	void longUnknownPathIsNotEchoedWhole() {
		String path = "/test/nowhere/" + "y".repeat(3_000);

		ApiResponse response = api.get(path);

		assertProblem(response, 404, "NOT_FOUND");
		assertThat(response.body()).doesNotContain("y".repeat(Problems.MAX_INSTANCE));
	}

	@Test
	void missingHeaderIsNamed() {
		ApiResponse response = api.get("/test/keyed");

		assertProblem(response, 400, "MISSING_HEADER");
		assertThat(response.<String>json("$.detail")).contains("'Idempotency-Key'");
	}

	@Test
	void instantsAreReadInTheCommonIsoForms() {
		assertThat(from("2026-11-01T00:00:00Z")).isEqualTo("2026-11-01T00:00:00Z");
		assertThat(from("2026-11-01T00:00:00%2B0000")).isEqualTo("2026-11-01T00:00:00Z");
		assertThat(from("2026-11-01T00:00:00+0000")).isEqualTo("2026-11-01T00:00:00Z");
		assertThat(from("2026-11-01T01:00:00%2B01:00")).isEqualTo("2026-11-01T00:00:00Z");
		assertThat(from("2026-11-01T00:00:00.250-0600")).isEqualTo("2026-11-01T06:00:00.250Z");
	}

	@Test
	void instantsWithDateTimeFormatAlsoTakeTheOffsetWithoutColon() {
		ApiResponse response = api.get("/test/instants?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00%2B0000");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.<String>json("$.to")).isEqualTo("2026-11-02T00:00:00Z");
	}

	@Test
	void timeWithoutOffsetIsAnInvalidParameter() {
		assertProblem(api.get("/test/instants?from=2026-11-01T00:00:00"), 400, "INVALID_PARAMETER");
	}

	private String from(String value) {
		ApiResponse response = api.get("/test/instants?from=" + value);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json("$.from");
	}

	private static void assertProblem(ApiResponse response, int status, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo(code);
		assertThat(response.<Integer>json("$.status")).isEqualTo(status);
		assertThat(response.<String>json("$.title")).isNotBlank();
		assertThat(response.<String>json("$.correlationId")).isNotBlank();
	}

}
