package com.digitalbank.banking.history;

import com.digitalbank.banking.account.AccountManagement;
import com.digitalbank.banking.history.persistence.LedgerStore;
import org.springframework.stereotype.Service;

/** Reads the ledger of an account the caller owns, or the caller's across accounts. */
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

	/** The user's entries across all their accounts, newest first. */
	public HistoryPage userPage(String userId, int limit, String cursor) {
		return ledger.userPage(userId, limit, cursor);
	}

}
