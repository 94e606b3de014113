package com.digitalbank.marketplace.catalog.web;

import java.util.List;

import com.digitalbank.marketplace.catalog.ProductPage;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code nextCursor} is always present, null on the last page, so clients can loop on it.
 */
@Schema(requiredProperties = { "items" })
record ProductPageResponse(List<ProductResponse> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

	static ProductPageResponse from(ProductPage page) {
		return new ProductPageResponse(page.products().stream().map(ProductResponse::from).toList(), page.nextCursor());
	}

}
