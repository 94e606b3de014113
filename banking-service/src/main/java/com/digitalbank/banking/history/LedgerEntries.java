package com.digitalbank.banking.history;

import com.digitalbank.banking.history.persistence.LedgerStore;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;

/**
 * What a transaction that moves money needs from the ledger, exported on purpose: its
 * entries as items of the caller's transaction, so they commit with the balances they
 * record.
 */
@Component
public class LedgerEntries {

	private final LedgerStore store;

	LedgerEntries(LedgerStore store) {
		this.store = store;
	}

	/**
	 * @param tag handed back if this write fails
	 */
	public void addTo(WriteTransaction transaction, LedgerEntry entry, Object tag) {
		store.addTo(transaction, entry, tag);
	}

}
