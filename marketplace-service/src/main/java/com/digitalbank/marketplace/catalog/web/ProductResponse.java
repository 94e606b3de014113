package com.digitalbank.marketplace.catalog.web;

import java.math.BigDecimal;

import com.digitalbank.marketplace.catalog.Product;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(requiredProperties = { "productId", "retailerId", "name", "category", "price", "currency", "stock" })
record ProductResponse(@Schema(example = "prd-electro-mx-01") String productId,
		@Schema(example = "ret-electro-mx") String retailerId, @Schema(example = "Audífonos inalámbricos") String name,
		@Schema(example = "audio") String category, @Schema(example = "899.90") BigDecimal price,
		@Schema(example = "MXN") String currency,
		@Schema(example = "40", description = "Units available now") int stock) {

	static ProductResponse from(Product product) {
		return new ProductResponse(product.productId().value(), product.retailerId().value(), product.name(),
				product.category(), product.price(), product.currency(), product.stock());
	}

}
