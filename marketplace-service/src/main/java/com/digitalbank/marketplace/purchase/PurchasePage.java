package com.digitalbank.marketplace.purchase;

import java.util.List;

/** One page of a buyer's purchases, newest first; {@code nextCursor} null on the last. */
public record PurchasePage(List<Purchase> purchases, String nextCursor) {

	public static final int MAX_LIMIT = 100;

	public PurchasePage {
		purchases = List.copyOf(purchases);
	}

}
