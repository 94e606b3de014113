package com.digitalbank.marketplace.catalog;

/**
 * What a product listing is narrowed to; each part is optional.
 *
 * @param text words that must all appear in the product's name, category or retailer,
 * compared as {@link SearchText} does
 */
public record ProductQuery(RetailerId retailerId, String category, String text) {

	public static ProductQuery all() {
		return new ProductQuery(null, null, null);
	}

	public boolean hasText() {
		return text != null && !SearchText.normalize(text).isEmpty();
	}

}
