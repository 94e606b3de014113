package com.digitalbank.marketplace.purchase.web;

import java.util.List;

import com.digitalbank.marketplace.purchase.PurchasePage;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code nextCursor} is always present, null on the last page, so clients can loop on it.
 */
@Schema(requiredProperties = { "items" })
record PurchasePageResponse(List<PurchaseResponse> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

	static PurchasePageResponse from(PurchasePage page) {
		return new PurchasePageResponse(page.purchases().stream().map(PurchaseResponse::from).toList(),
				page.nextCursor());
	}

}
