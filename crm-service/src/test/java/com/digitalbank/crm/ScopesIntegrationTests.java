package com.digitalbank.crm;

import com.digitalbank.platform.test.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every beneficiary endpoint needs the {@code crm} scope, resolution included. */
class ScopesIntegrationTests extends CrmIntegrationTest {

	@Test
	void beneficiaryEndpointsNeedTheCrmScope() {
		String user = newUser();

		assertThat(client(user, "crm").get("/v1/beneficiaries").status()).isEqualTo(200);
		assertThat(client(user, "crm").get("/v1/beneficiaries/resolve?alias=mama").status()).isEqualTo(200);
		assertProblem(client(user, "banking orders").get("/v1/beneficiaries"), 403, "INSUFFICIENT_SCOPE");
		assertProblem(client(user, "banking").get("/v1/beneficiaries/resolve?alias=mama"), 403, "INSUFFICIENT_SCOPE");
		assertProblem(client(user, "banking").post("/v1/beneficiaries", body("X", "", "OTHER", CLABES.get(0), null)),
				403, "INSUFFICIENT_SCOPE");
	}

	private ApiClient client(String user, String scopes) {
		return ApiClient.on(port).as(user, null, scopes);
	}

}
