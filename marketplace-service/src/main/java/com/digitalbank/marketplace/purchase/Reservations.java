package com.digitalbank.marketplace.purchase;

import com.digitalbank.marketplace.catalog.ProductId;
import com.digitalbank.marketplace.catalog.Stock;
import com.digitalbank.marketplace.purchase.persistence.PurchaseStore;
import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.saga.StepResult;
import org.springframework.stereotype.Component;

/**
 * A purchase's hold on stock: taken with one transaction that decrements the product on
 * the condition that enough is left and marks the purchase reserved on the condition that
 * it never was, given back the same way. Repeating either is harmless, so the saga can
 * call them again after a crash. Buyers of the same product collide on its item; a
 * transaction that lost such a collision wrote nothing and is simply tried again.
 */
@Component
class Reservations {

	private static final String MARK = "reservation";

	private final Stock stock;

	private final PurchaseStore purchases;

	private final WriteTransactions transactions;

	Reservations(Stock stock, PurchaseStore purchases, WriteTransactions transactions) {
		this.stock = stock;
		this.purchases = purchases;
		this.transactions = transactions;
	}

	StepResult reserve(PurchaseId purchase, ProductId product, int quantity) {
		WriteTransaction transaction = new WriteTransaction();
		stock.addTake(transaction, product, quantity);
		purchases.addReservation(transaction, purchase, MARK);
		try {
			transactions.commitThroughConflicts(transaction);
			return StepResult.done("reserved " + quantity);
		}
		catch (TransactionCancelledException ex) {
			if (ex.conditionFailed(MARK)) {
				String state = purchases.reservation(purchase).orElse("NONE");
				return "RESERVED".equals(state) ? StepResult.done("reserved " + quantity + " before")
						: StepResult.refused("RESERVATION_RELEASED");
			}
			if (ex.conditionFailed(Stock.TAG)) {
				return StepResult.refused("OUT_OF_STOCK");
			}
			throw ex;
		}
	}

	void release(PurchaseId purchase, ProductId product, int quantity) {
		WriteTransaction transaction = new WriteTransaction();
		stock.addReturn(transaction, product, quantity);
		purchases.addRelease(transaction, purchase, MARK);
		try {
			transactions.commitThroughConflicts(transaction);
		}
		catch (TransactionCancelledException ex) {
			if (!ex.conditionFailed(MARK)) {
				throw ex;
			}
			if (purchases.reservation(purchase).isEmpty()) {
				releaseBeforeReservation(purchase);
			}
			// Released already: nothing to give back twice.
		}
	}

	/** Never reserved: make sure it never will be (a slow reserve must not land now). */
	private void releaseBeforeReservation(PurchaseId purchase) {
		WriteTransaction transaction = new WriteTransaction();
		purchases.addReleaseBeforeReservation(transaction, purchase, MARK);
		transactions.commit(transaction);
	}

}
