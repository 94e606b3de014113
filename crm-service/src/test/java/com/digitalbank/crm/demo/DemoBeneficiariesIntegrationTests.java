package com.digitalbank.crm.demo;

import java.util.List;

import com.digitalbank.crm.CrmIntegrationTest;
import com.digitalbank.crm.beneficiary.BeneficiaryManagement;
import com.digitalbank.crm.beneficiary.BeneficiaryResolution;
import com.digitalbank.crm.resolution.Match;
import com.digitalbank.crm.resolution.Resolution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBeneficiariesIntegrationTests extends CrmIntegrationTest {

	@Autowired
	BeneficiaryManagement beneficiaries;

	@Autowired
	BeneficiaryResolution resolution;

	@Test
	void seedsMotherBrotherAndLandlordBankingWithUsOnceOnly() {
		DemoBeneficiaries demo = new DemoBeneficiaries(beneficiaries);

		demo.run(null);
		demo.run(null);

		assertThat(api("user-123").get("/v1/beneficiaries").<List<String>>json("$.items[*].relationship"))
			.containsExactly("MOTHER", "BROTHER", "LANDLORD", "FRIEND");
		assertThat(api("user-456").get("/v1/beneficiaries").<List<String>>json("$.items[*].name")).hasSize(3);
		Resolution mother = resolution.resolve("user-123", "a mi mamá");
		assertThat(mother.match()).isEqualTo(Match.EXACT);
		String id = mother.candidates().getFirst().contactId();
		assertThat(api("user-123").get("/v1/beneficiaries/" + id).<String>json("$.accountId"))
			.isEqualTo("acc-456-savings");
		assertThat(resolution.resolve("user-123", "my brother").match()).isEqualTo(Match.CONFIDENT);
		assertThat(resolution.resolve("user-123", "para el casero").match()).isEqualTo(Match.EXACT);
		assertThat(api("user-123").get("/v1/beneficiaries").<List<String>>json("$.items[*].accountId"))
			.as("brother and landlord are paid into accounts of their own")
			.containsExactly("acc-456-savings", "acc-456-checking", "acc-789-checking", null);
	}

}
