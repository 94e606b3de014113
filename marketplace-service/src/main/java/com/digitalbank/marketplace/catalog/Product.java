package com.digitalbank.marketplace.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A product and its stock, which only the purchase saga changes (a conditional decrement
 * that never goes below zero).
 */
public record Product(ProductId productId, RetailerId retailerId, String name, String category, BigDecimal price,
		String currency, int stock) {

	public Product {
		if (price.signum() <= 0 || price.scale() > 2) {
			throw new IllegalArgumentException("A price is positive, with at most two decimals");
		}
		if (stock < 0) {
			throw new IllegalArgumentException("Stock is never below zero");
		}
		price = price.setScale(2, RoundingMode.UNNECESSARY);
	}

	public Product withStock(int newStock) {
		return new Product(productId, retailerId, name, category, price, currency, newStock);
	}

}
