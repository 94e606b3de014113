package com.digitalbank.crm.beneficiary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.digitalbank.crm.CrmIntegrationTest;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResolveIntegrationTests extends CrmIntegrationTest {

	@Test
	void resolvesTheWaysPeopleNameTheirBeneficiaries() {
		String user = newUser();
		String mother = add(user, body("María Guadalupe Hernández", "\"mamá\"", "MOTHER", CLABES.get(0), null));
		String brother = add(user, body("Luis Fernando Martínez", "", "BROTHER", CLABES.get(1), null));
		String carlos1 = add(user, body("Carlos Gómez", "", "FRIEND", CLABES.get(2), null));
		String carlos2 = add(user, body("Carlos Pérez", "", "COLLEAGUE", CLABES.get(3), null));

		ApiResponse exact = resolve(user, "a mi mamá");
		assertThat(exact.<String>json("$.match")).isEqualTo("EXACT");
		assertThat(exact.<String>json("$.candidates[0].beneficiaryId")).isEqualTo(mother);
		assertThat(exact.<String>json("$.candidates[0].matchedAlias")).isEqualTo("mamá");
		assertThat(resolve(user, "to my mom").<String>json("$.match")).isEqualTo("CONFIDENT");
		assertThat(resolve(user, "hermnao").<String>json("$.candidates[0].beneficiaryId")).isEqualTo(brother);
		ApiResponse carlos = resolve(user, "Carlos");
		assertThat(carlos.<String>json("$.match")).isEqualTo("AMBIGUOUS");
		assertThat(carlos.<List<String>>json("$.candidates[*].beneficiaryId")).containsExactlyInAnyOrder(carlos1,
				carlos2);
		ApiResponse nobody = resolve(user, "Pedro Infante");
		assertThat(nobody.<String>json("$.match")).isEqualTo("NONE");
		assertThat(nobody.<List<?>>json("$.candidates")).isEmpty();
	}

	@Test
	void refusesQueriesThatAreEmptyOverlongOrHoldControlCharacters() {
		ApiClient api = api(newUser());

		assertProblem(api.get("/v1/beneficiaries/resolve?alias="), 400, "VALIDATION_FAILED");
		assertProblem(api.get("/v1/beneficiaries/resolve?alias=%20%20"), 400, "VALIDATION_FAILED");
		assertProblem(api.get("/v1/beneficiaries/resolve"), 400, "MISSING_PARAMETER");
		assertProblem(api.get("/v1/beneficiaries/resolve?alias=" + "a".repeat(101)), 400, "VALIDATION_FAILED");
		assertProblem(api.get("/v1/beneficiaries/resolve?alias=" + "a".repeat(5_000)), 400, "VALIDATION_FAILED");
		// Past the server's 8 KB request-line limit the query never reaches Spring: the
		// container refuses it, still as problem JSON.
		assertProblem(api.get("/v1/beneficiaries/resolve?alias=" + "a".repeat(10_000)), 400, "MALFORMED_REQUEST");
		assertProblem(api.get("/v1/beneficiaries/resolve?alias=ma%00ma"), 400, "VALIDATION_FAILED");
		assertProblem(api.get("/v1/beneficiaries/resolve?alias=ma%0Ama"), 400, "VALIDATION_FAILED");
		assertProblem(api
			.get("/v1/beneficiaries/resolve?alias=" + URLEncoder.encode("\u001b[31mmamá", StandardCharsets.UTF_8)), 400,
				"VALIDATION_FAILED");
	}

	private ApiResponse resolve(String user, String alias) {
		ApiResponse response = api(user)
			.get("/v1/beneficiaries/resolve?alias=" + URLEncoder.encode(alias, StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

}
