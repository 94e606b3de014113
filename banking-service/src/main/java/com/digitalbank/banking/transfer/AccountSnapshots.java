package com.digitalbank.banking.transfer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.persistence.AccountStore;

/**
 * The accounts the writer plans on: as this instance last committed them, or read
 * consistently when it does not know them. A remembered account is only a guess about the
 * store: a commit on it is still conditioned on its version, so a change made elsewhere
 * fails the commit, which forgets the account and re-reads it. Only the writer thread
 * uses it.
 */
final class AccountSnapshots {

	private final AccountStore store;

	private final Map<String, Account> known;

	AccountSnapshots(AccountStore store, int capacity) {
		this.store = store;
		this.known = new LeastRecentlyUsed<>(capacity);
	}

	/**
	 * {@code remembered}: which of the accounts were not read from the store just now.
	 */
	record Reading(Map<String, Account> accounts, Set<String> remembered) {
	}

	Reading read(Set<String> ids) {
		Map<String, Account> accounts = new HashMap<>();
		Set<String> remembered = new HashSet<>();
		Set<String> missing = new HashSet<>();
		for (String id : ids) {
			Account account = known.get(id);
			if (account != null) {
				accounts.put(id, account);
				remembered.add(id);
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			Map<String, Account> read = store.findAll(missing);
			known.putAll(read);
			accounts.putAll(read);
		}
		return new Reading(accounts, remembered);
	}

	/** The balances and versions the commit just wrote. */
	void committed(Collection<TransferPlan.AccountChange> changes) {
		for (TransferPlan.AccountChange change : changes) {
			known.put(change.before().accountId(), change.before().committed(change.balanceAfter()));
		}
	}

	void forget(Collection<String> ids) {
		ids.forEach(known::remove);
	}

}
