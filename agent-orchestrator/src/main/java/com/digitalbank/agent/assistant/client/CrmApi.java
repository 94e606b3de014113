package com.digitalbank.agent.assistant.client;

import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** crm-service's beneficiaries, as far as the assistant reads them. */
@HttpExchange(url = "/v1/beneficiaries", accept = "application/json")
interface CrmApi {

	@GetExchange("/resolve")
	ResolutionAnswer resolve(@RequestParam String alias);

	@GetExchange("/{beneficiaryId}")
	BeneficiaryAnswer beneficiary(@PathVariable String beneficiaryId);

	@GetExchange
	BeneficiaryPage beneficiaries(@RequestParam int limit);

	record ResolutionAnswer(String match, List<CandidateAnswer> candidates) {
	}

	record CandidateAnswer(String beneficiaryId, String name, double score, String matchedAlias) {
	}

	record BeneficiaryAnswer(String beneficiaryId, String name, List<String> aliases, String relationship, String clabe,
			String bank, String accountId) {
	}

	record BeneficiaryPage(List<BeneficiaryAnswer> items, String nextCursor) {
	}

}
