package com.digitalbank.banking.account;

import java.util.List;

import com.digitalbank.banking.account.persistence.AccountStore;
import org.springframework.stereotype.Service;

/** Reads a user's accounts; ownership is checked here, once, for every feature. */
@Service
public class AccountManagement {

	private final AccountStore accounts;

	AccountManagement(AccountStore accounts) {
		this.accounts = accounts;
	}

	public List<Account> accountsOf(String userId) {
		return accounts.findByUser(userId);
	}

	/** The account if the user owns it; otherwise {@link AccountNotFoundException}. */
	public Account ownedAccount(String userId, AccountId accountId) {
		return accounts.find(accountId)
			.filter(account -> account.isOwnedBy(userId))
			.orElseThrow(() -> new AccountNotFoundException(accountId));
	}

	/** Opens the account unless one with its id exists; whether it was opened. */
	public boolean openIfAbsent(Account account) {
		return accounts.createIfAbsent(account);
	}

}
