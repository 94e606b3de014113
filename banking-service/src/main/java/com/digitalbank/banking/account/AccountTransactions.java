package com.digitalbank.banking.account;

import java.util.Collection;
import java.util.Map;

import com.digitalbank.banking.account.persistence.AccountStore;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;

/**
 * What a transaction that moves money needs from accounts, exported on purpose: a
 * consistent read of several accounts, and their new balances as items of the caller's
 * transaction. Each balance write is conditioned on the version that was read, so a
 * decision made on that read still holds at commit.
 */
@Component
public class AccountTransactions {

	private final AccountStore store;

	AccountTransactions(AccountStore store) {
		this.store = store;
	}

	/** The accounts that exist among the ids, read strongly consistent. */
	public Map<AccountId, Account> read(Collection<AccountId> ids) {
		return store.findAll(ids);
	}

	/**
	 * Adds the write of {@code after}'s balance to the transaction, on the condition that
	 * the account is still {@code before}'s version, active, and, where money leaves it,
	 * still covers the outflow.
	 * @param tag handed back if this write fails
	 */
	public void addBalanceChange(WriteTransaction transaction, Account before, Account after, Object tag) {
		store.addBalanceChange(transaction, before, after, tag);
	}

}
