package com.digitalbank.banking;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids from the outside are bounded before any AWS call: DynamoDB refuses keys over 2,048
 * bytes, which would otherwise surface as a 500.
 */
class ExternalIdsIntegrationTests extends BankingIntegrationTest {

	private static final String HUGE = "a".repeat(5000);

	@Test
	void everyIdInAPathIsBounded() {
		ApiClient client = api(newUser());

		for (String path : new String[] { "/v1/accounts/" + HUGE, "/v1/accounts/" + HUGE + "/balance",
				"/v1/accounts/" + HUGE + "/transactions", "/v1/transfers/" + HUGE, "/v1/payments/" + HUGE,
				"/v1/accounts/acc%20x/balance" }) {
			assertInvalidParameter(client.get(path), path);
		}
		assertInvalidParameter(client.post("/v1/payments/" + HUGE + "/refund", ""), "refund");
		assertInvalidParameter(client.post("/v1/payments/" + HUGE + "/void", ""), "void");
	}

	@Test
	void everyIdInABodyIsBounded() {
		String user = newUser();
		String from = openAccount(user, "10.00");

		assertInvalidParameter(api(user).header("Idempotency-Key", "k-" + System.nanoTime())
			.post("/v1/transfers", transferBody(from, HUGE, "1.00")), "transfer");
		assertInvalidParameter(api(user).post("/v1/payments", "{\"paymentId\":\"" + HUGE + "\",\"userId\":\"" + user
				+ "\",\"accountId\":\"" + from + "\",\"amount\":1.00,\"currency\":\"MXN\"}"), "payment");
		assertThat(account(from).balance()).isEqualByComparingTo("10.00");
	}

	private static void assertInvalidParameter(ApiResponse response, String what) {
		assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
		assertThat(response.<String>json("$.code")).as(what).isEqualTo("INVALID_PARAMETER");
	}

}
