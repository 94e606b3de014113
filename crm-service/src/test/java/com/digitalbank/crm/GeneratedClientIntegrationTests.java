package com.digitalbank.crm;

import java.util.List;
import java.util.UUID;

import com.digitalbank.client.crm.ApiClient;
import com.digitalbank.client.crm.ApiException;
import com.digitalbank.client.crm.api.BeneficiariesApi;
import com.digitalbank.client.crm.model.BeneficiaryRequest;
import com.digitalbank.client.crm.model.BeneficiaryResponse;
import com.digitalbank.client.crm.model.ResolutionResponse;
import com.digitalbank.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client the build generates from the committed OpenAPI snapshot (see
 * {@link OpenApiSnapshotIntegrationTests}) adds a beneficiary over real HTTP, replays it
 * under the same {@code Idempotency-Key}, resolves it by a relationship word, lists it
 * and reads a refusal as problem JSON.
 */
class GeneratedClientIntegrationTests extends CrmIntegrationTest {

	@Test
	void addsResolvesAndListsThroughTheGeneratedClient() throws Exception {
		String bearer = TestTokens.bearer(newUser(), null);
		ApiClient client = new ApiClient().setScheme("http")
			.setHost("localhost")
			.setPort(port)
			.setBasePath("")
			.setRequestInterceptor((request) -> request.header("Authorization", bearer));
		BeneficiariesApi beneficiaries = new BeneficiariesApi(client);
		BeneficiaryRequest request = new BeneficiaryRequest().name("Rosa María López Garza")
			.aliases(List.of("mamá"))
			.relationship(BeneficiaryRequest.RelationshipEnum.MOTHER)
			.clabe(CLABES.get(0));
		String key = UUID.randomUUID().toString();

		BeneficiaryResponse added = beneficiaries.createBeneficiary(request, key);
		BeneficiaryResponse replayed = beneficiaries.createBeneficiary(request, key);
		ResolutionResponse resolved = beneficiaries.resolveBeneficiary("a mi madre");
		ApiException taken = catchThrowableOfType(ApiException.class, () -> beneficiaries
			.createBeneficiary(request.name("Otra").clabe(CLABES.get(1)), UUID.randomUUID().toString()));

		assertThat(added.getBank()).isEqualTo("Banamex");
		assertThat(replayed.getBeneficiaryId()).isEqualTo(added.getBeneficiaryId());
		assertThat(resolved.getMatch()).isEqualTo(ResolutionResponse.MatchEnum.CONFIDENT);
		assertThat(resolved.getCandidates().getFirst().getBeneficiaryId()).isEqualTo(added.getBeneficiaryId());
		assertThat(beneficiaries.listBeneficiaries(20, null).getItems()).hasSize(1);
		assertThat(taken.getCode()).isEqualTo(409);
		assertThat(taken.getResponseBody()).contains("\"code\":\"ALIAS_TAKEN\"");
	}

}
