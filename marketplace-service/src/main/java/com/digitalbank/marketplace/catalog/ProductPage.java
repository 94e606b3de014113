package com.digitalbank.marketplace.catalog;

import java.util.List;

/** One page of a product listing; {@code nextCursor} is null on the last. */
public record ProductPage(List<Product> products, String nextCursor) {

	public static final int MAX_LIMIT = 100;

	public ProductPage {
		products = List.copyOf(products);
	}

}
