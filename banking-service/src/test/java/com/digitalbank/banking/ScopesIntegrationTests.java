package com.digitalbank.banking;

import com.digitalbank.platform.test.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user endpoints need {@code banking}; the marketplace saga's payments need
 * {@code payments:write} and nothing else.
 */
class ScopesIntegrationTests extends BankingIntegrationTest {

	@Test
	void userEndpointsNeedTheBankingScope() {
		String user = newUser();
		openAccount(user, "10.00");

		assertThat(client(user, "banking").get("/v1/accounts").status()).isEqualTo(200);
		assertProblem(client(user, "orders marketplace").get("/v1/accounts"), 403, "INSUFFICIENT_SCOPE");
	}

	@Test
	void paymentsNeedThePaymentsWriteScope() {
		String user = newUser();

		assertProblem(client(user, "banking").get("/v1/payments/p-1"), 403, "INSUFFICIENT_SCOPE");
		assertProblem(client(user, "banking").post("/v1/payments/p-1/refund", ""), 403, "INSUFFICIENT_SCOPE");
		assertProblem(client(user, "banking").post("/v1/payments/p-1/void", ""), 403, "INSUFFICIENT_SCOPE");
		assertProblem(client(user, "banking").post("/v1/payments", "{}"), 403, "INSUFFICIENT_SCOPE");
		assertProblem(client(user, "payments:write").get("/v1/payments/p-1"), 404, "PAYMENT_NOT_FOUND");
	}

	private ApiClient client(String user, String scopes) {
		return ApiClient.on(port).as(user, null, scopes);
	}

}
