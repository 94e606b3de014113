package com.digitalbank.marketplace.catalog;

public record RetailerId(String value) {

	public RetailerId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A retailer id is required");
		}
	}

}
