package com.digitalbank.marketplace.catalog;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param retailersTable the retailers and their benefit rules
 * @param productsTable products with their live stock; environments name both with their
 * own suffix
 */
@Validated
@ConfigurationProperties("marketplace.catalog")
public record CatalogProperties(@NotBlank @DefaultValue("marketplace-retailers") String retailersTable,
		@NotBlank @DefaultValue("marketplace-products") String productsTable) {
}
