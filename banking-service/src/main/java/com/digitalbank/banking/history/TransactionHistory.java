package com.digitalbank.banking.history;

import com.digitalbank.banking.account.AccountManagement;
import com.digitalbank.banking.history.persistence.LedgerStore;
import org.springframework.stereotype.Service;

/** Reads the ledger of an account the caller owns. */
@Service
public class TransactionHistory {

	private final AccountManagement accounts;

	private final LedgerStore ledger;

	TransactionHistory(AccountManagement accounts, LedgerStore ledger) {
		this.accounts = accounts;
		this.ledger = ledger;
	}

	public HistoryPage page(String userId, HistoryQuery query) {
		accounts.ownedAccount(userId, query.accountId());
		return ledger.page(query);
	}

}
