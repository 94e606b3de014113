package com.digitalbank.platform.externalid;

import java.util.List;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalIdIntegrationTests {

	private static final String HUGE = "x".repeat(5000);

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = ApiClient.on(port).as("user-123", "acme");
	}

	@ParameterizedTest
	@ValueSource(strings = { "acc-123-checking", "purchase-42", "3f1c1f9e-8a39-4c4e-9a61-3a4f6f0b1a11",
			"tenant:acme@eu_1.x", "a" })
	void idsTheServicesUseAreAccepted(String id) {
		assertThat(api.get("/test/ids/" + id).<String>json("$.id")).isEqualTo(id);
		assertThat(api.get("/test/accounts/" + id).<String>json("$.id")).isEqualTo(id);
	}

	@Test
	void aHugePathVariableIsAnInvalidParameter() {
		assertInvalidParameter(api.get("/test/ids/" + HUGE), "id");
	}

	@ParameterizedTest
	@ValueSource(strings = { "acc%20123", "acc$1", "%C3%B1and%C3%BA", "acc+1" })
	void foreignCharactersInAPathVariableAreAnInvalidParameter(String id) {
		assertInvalidParameter(api.get("/test/ids/" + id), "id");
	}

	@ParameterizedTest
	@ValueSource(strings = { "acc%2Fx", "acc%00" })
	void encodedSlashesAndNullsNeverReachTheApplication(String id) {
		// Tomcat refuses these itself, before any filter, with its own 400 page.
		assertThat(api.get("/test/ids/" + id).status()).isEqualTo(400);
	}

	@Test
	void anIdOneCharacterTooLongIsRefused() {
		assertThat(api.get("/test/ids/" + "a".repeat(ExternalIdFormat.MAX_LENGTH)).status()).isEqualTo(200);
		assertInvalidParameter(api.get("/test/ids/" + "a".repeat(ExternalIdFormat.MAX_LENGTH + 1)), "id");
	}

	@Test
	void aHugeQueryParameterIsAnInvalidParameter() {
		assertInvalidParameter(api.get("/test/ids?ref=" + HUGE), "ref");
	}

	@Test
	void aHugeTypedPathVariableIsAnInvalidParameter() {
		ApiResponse response = api.get("/test/accounts/" + HUGE);

		assertInvalidParameter(response, "id");
		assertThat(response.<String>json("$.detail")).contains("account id");
	}

	@Test
	void aHugeTypedQueryParameterIsAnInvalidParameter() {
		assertInvalidParameter(api.get("/test/accounts?account=" + HUGE), "account");
	}

	@Test
	void aHugeTypedIdInTheBodyIsAnInvalidParameter() {
		assertInvalidParameter(api.post("/test/references", "{\"account\":\"" + HUGE + "\",\"quantity\":1}"),
				"account");
	}

	@Test
	void aHugeAnnotatedIdInTheBodyIsAnInvalidParameter() {
		assertInvalidParameter(api.post("/test/references", "{\"reference\":\"" + HUGE + "\",\"quantity\":1}"),
				"reference");
	}

	@Test
	void aBadIdAmongOtherMistakesIsListedWithThem() {
		ApiResponse response = api.post("/test/references", "{\"reference\":\"" + HUGE + "\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<String>json("$.code")).isEqualTo("VALIDATION_FAILED");
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("reference", "quantity");
	}

	@Test
	void validIdsInTheBodyGoThrough() {
		ApiResponse response = api.post("/test/references",
				"{\"reference\":\"purchase-42\",\"account\":\"acc-123-checking\",\"quantity\":1}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>json("$.account")).isEqualTo("acc-123-checking");
	}

	private static void assertInvalidParameter(ApiResponse response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo("INVALID_PARAMETER");
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly(field);
		assertThat(response.<String>json("$.detail")).as("the value is not repeated").doesNotContain("xxx");
		assertThat(response.<List<String>>json("$.errors[*].message")).noneMatch(message -> message.contains("xxx"));
	}

}
