package com.digitalbank.marketplace.catalog;

import com.digitalbank.marketplace.catalog.persistence.ProductStore;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;

/**
 * Moves stock inside a caller's transaction, so that a reservation commits together with
 * the record of it and never leaves stock below zero.
 */
@Component
public class Stock {

	/**
	 * Tags the stock update in a transaction, to tell its failed condition from others.
	 */
	public static final String TAG = "stock";

	private final ProductStore products;

	Stock(ProductStore products) {
		this.products = products;
	}

	/** The transaction fails on this item's condition if fewer units are left. */
	public void addTake(WriteTransaction transaction, ProductId id, int quantity) {
		products.addDecrement(transaction, id, quantity, TAG);
	}

	public void addReturn(WriteTransaction transaction, ProductId id, int quantity) {
		products.addIncrement(transaction, id, quantity, TAG);
	}

}
