package com.digitalbank.banking.transfer.commit;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountTransactions;

/**
 * The accounts the writer plans on: as this instance last committed them, or read
 * consistently when it does not know them. A remembered account is only a guess about the
 * store: a commit on it is still conditioned on its version, so a change made elsewhere
 * fails the commit, which forgets the account and re-reads it. Only the writer thread
 * uses it.
 */
final class AccountSnapshots {

	private final AccountTransactions accounts;

	private final Map<AccountId, Account> known;

	AccountSnapshots(AccountTransactions accounts, int capacity) {
		this.accounts = accounts;
		this.known = new LeastRecentlyUsed<>(capacity);
	}

	/**
	 * {@code remembered}: which of the accounts were not read from the store just now.
	 */
	record Reading(Map<AccountId, Account> accounts, Set<AccountId> remembered) {
	}

	Reading read(Set<AccountId> ids) {
		Map<AccountId, Account> found = new HashMap<>();
		Set<AccountId> remembered = new HashSet<>();
		Set<AccountId> missing = new HashSet<>();
		for (AccountId id : ids) {
			Account account = known.get(id);
			if (account != null) {
				found.put(id, account);
				remembered.add(id);
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			Map<AccountId, Account> read = accounts.read(missing);
			known.putAll(read);
			found.putAll(read);
		}
		return new Reading(found, remembered);
	}

	/** The balances and versions the commit just wrote. */
	void committed(Collection<TransferPlan.AccountChange> changes) {
		for (TransferPlan.AccountChange change : changes) {
			known.put(change.before().accountId(), change.before().committed(change.after().balance()));
		}
	}

	void forget(Collection<AccountId> ids) {
		ids.forEach(known::remove);
	}

}
