package com.digitalbank.platform.problem;

import java.util.List;
import java.util.Map;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.TestTokens;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemResponsesIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = ApiClient.on(port).as("user-123", "acme");
	}

	@Test
	void malformedJsonIsABadRequest() {
		assertProblem(api.post("/test/transfers", "{\"fromAccountId\":"), 400, "MALFORMED_REQUEST");
	}

	@Test
	void missingBodyIsABadRequest() {
		assertProblem(api.send("POST", "/test/transfers", "application/json", null), 400, "MALFORMED_REQUEST");
	}

	@Test
	void wrongTypeNamesTheField() {
		ApiResponse response = api.post("/test/transfers", "{\"fromAccountId\":\"a\",\"amount\":\"lots\"}");

		assertProblem(response, 400, "MALFORMED_REQUEST");
		assertThat(response.<String>json("$.errors[0].field")).isEqualTo("amount");
	}

	@Test
	void missingFieldsAreListed() {
		ApiResponse response = api.post("/test/transfers", "{}");

		assertProblem(response, 400, "VALIDATION_FAILED");
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("fromAccountId",
				"amount");
	}

	@Test
	void unknownRouteIsNotFound() {
		assertProblem(api.get("/test/nowhere"), 404, "NOT_FOUND");
	}

	@Test
	void wrongMethodIsNotAllowed() {
		assertProblem(api.delete("/test/transfers"), 405, "METHOD_NOT_ALLOWED");
	}

	@Test
	void unsupportedMediaTypeIsRefused() {
		assertProblem(api.send("POST", "/test/transfers", "text/plain", "amount=5"), 415, "UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void oversizedBodyIsRefused() {
		String huge = "{\"fromAccountId\":\"" + "x".repeat(70_000) + "\",\"amount\":1}";

		assertProblem(api.post("/test/transfers", huge), 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void badPathVariableIsABadRequest() {
		assertProblem(api.get("/test/items/not-a-uuid"), 400, "INVALID_PARAMETER");
	}

	@Test
	void outOfRangeQueryParameterIsInvalid() {
		ApiResponse response = api.get("/test/items/3f1c1f9e-8a39-4c4e-9a61-3a4f6f0b1a11?limit=500");

		assertProblem(response, 400, "VALIDATION_FAILED");
		assertThat(response.<String>json("$.errors[0].field")).isEqualTo("limit");
	}

	@Test
	void cursorsGoRoundAndForeignOnesAreABadRequest() {
		String next = api.get("/test/pages").json("$.nextCursor");

		assertThat(api.get("/test/pages?cursor=" + next).<String>json("$.after")).isEqualTo("item-0+1");
		assertProblem(api.get("/test/pages?cursor=bm90LWpzb24"), 400, "INVALID_CURSOR");
		assertProblem(api.get("/test/pages?cursor=" + "A".repeat(5000)), 400, "INVALID_CURSOR");
	}

	@Test
	void businessRuleKeepsItsCode() {
		assertProblem(api.post("/test/transfers", "{\"fromAccountId\":\"a\",\"amount\":5000}"), 422,
				"INSUFFICIENT_FUNDS");
	}

	@Test
	void unexpectedFailureHidesItsCause() {
		ApiResponse response = api.post("/test/transfers",
				"{\"fromAccountId\":\"a\",\"amount\":1,\"description\":\"explode\"}");

		assertProblem(response, 500, "INTERNAL_ERROR");
		assertThat(response.body()).doesNotContain("boom").doesNotContain("Exception").doesNotContain("at com.");
	}

	@Test
	void missingTokenIsUnauthorized() {
		ApiResponse response = ApiClient.on(port).get("/test/me");

		assertProblem(response, 401, "UNAUTHORIZED");
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@Test
	void forgedTokenIsUnauthorized() {
		String token = TestTokens.forUser("user-123");
		String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

		ApiResponse response = ApiClient.on(port).header("Authorization", "Bearer " + forged).get("/test/me");

		assertProblem(response, 401, "UNAUTHORIZED");
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
	}

	@Test
	void missingScopeIsForbidden() {
		assertProblem(api.get("/test/admin"), 403, "FORBIDDEN");
	}

	@Test
	void callerComesFromTheTokenWhichIsNeverShown() {
		String token = TestTokens.forUser("user-123", "acme");
		String[] parts = token.split("\\.");

		ApiResponse response = ApiClient.on(port).header("Authorization", "Bearer " + token).get("/test/me");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>json("$.userId")).isEqualTo("user-123");
		assertThat(response.<String>json("$.tenantId")).isEqualTo("acme");
		assertThat(response.<Map<String, Object>>json("$")).containsOnlyKeys("userId", "tenantId", "scopes", "email");
		assertThat(response.<String>json("$.email")).isEqualTo("user-123@dev.digitalbank.example");
		// The claims and the signature are unique to this token; the header is not.
		assertThat(response.body()).doesNotContain(parts[1]).doesNotContain(parts[2]);
	}

	@Test
	void problemCarriesTheCallersCorrelationId() {
		ApiResponse response = api.header("X-Correlation-Id", "trace-me-42").get("/test/nowhere");

		assertThat(response.header("X-Correlation-Id")).isEqualTo("trace-me-42");
		assertThat(response.<String>json("$.correlationId")).isEqualTo("trace-me-42");
	}

	private static void assertProblem(ApiResponse response, int status, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo(code);
		assertThat(response.<Integer>json("$.status")).isEqualTo(status);
		assertThat(response.<String>json("$.title")).isNotBlank();
		assertThat(response.<String>json("$.type")).contains(code.toLowerCase().replace('_', '-'));
		assertThat(response.<String>json("$.correlationId")).isNotBlank();
		assertThat(response.body()).doesNotContain("\"trace\"").doesNotContain("\"exception\"");
	}

}
