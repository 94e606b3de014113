package com.digitalbank.marketplace.catalog.web;

import java.util.List;

import com.digitalbank.marketplace.catalog.Catalog;
import com.digitalbank.marketplace.catalog.ProductId;
import com.digitalbank.marketplace.catalog.ProductPage;
import com.digitalbank.marketplace.catalog.ProductQuery;
import com.digitalbank.marketplace.catalog.RetailerId;
import com.digitalbank.platform.externalid.ExternalId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Catalog")
class CatalogController {

	private final Catalog catalog;

	CatalogController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/v1/retailers")
	@Operation(operationId = "listRetailers",
			summary = "Every retailer, with its cashback and months-without-interest rules")
	List<RetailerResponse> retailers() {
		return catalog.retailers().stream().map(RetailerResponse::from).toList();
	}

	@GetMapping("/v1/retailers/{retailerId}")
	@Operation(operationId = "getRetailer", summary = "One retailer", description = "Errors: RETAILER_NOT_FOUND.")
	RetailerResponse retailer(@PathVariable @ExternalId String retailerId) {
		return RetailerResponse.from(catalog.retailer(new RetailerId(retailerId)));
	}

	@GetMapping("/v1/products")
	@Operation(operationId = "listProducts", summary = "Products, with their stock as of now",
			description = "Narrowed by retailer, category and words of q (case and accents ignored: \"audifonos\" "
					+ "finds \"Audífonos\"); all optional and combined.")
	ProductPageResponse products(
			@Parameter(example = "ret-electro-mx") @RequestParam(required = false) @ExternalId String retailerId,
			@Parameter(example = "audio") @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,40}",
					message = "must be 1 to 40 lower-case letters, digits or dashes") String category,
			@Parameter(example = "audifonos") @RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "20") @Min(1) @Max(ProductPage.MAX_LIMIT) int limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		ProductQuery query = new ProductQuery(retailerId == null ? null : new RetailerId(retailerId), category, q);
		return ProductPageResponse.from(catalog.products(query, limit, cursor));
	}

	@GetMapping("/v1/products/{productId}")
	@Operation(operationId = "getProduct", summary = "One product, with its stock as of now",
			description = "Errors: PRODUCT_NOT_FOUND.")
	ProductResponse product(@PathVariable @ExternalId String productId) {
		return ProductResponse.from(catalog.product(new ProductId(productId)));
	}

}
