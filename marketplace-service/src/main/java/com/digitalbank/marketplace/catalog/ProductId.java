package com.digitalbank.marketplace.catalog;

public record ProductId(String value) {

	public ProductId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A product id is required");
		}
	}

}
