package com.digitalbank.crm.beneficiary.web;

import java.util.List;

import com.digitalbank.crm.beneficiary.BeneficiaryPage;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code nextCursor} is always present, null on the last page, so clients can loop on it.
 */
@Schema(requiredProperties = { "items" })
record BeneficiaryPageResponse(List<BeneficiaryResponse> items,
		@JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

	static BeneficiaryPageResponse from(BeneficiaryPage page) {
		return new BeneficiaryPageResponse(page.items().stream().map(BeneficiaryResponse::from).toList(),
				page.nextCursor());
	}

}
