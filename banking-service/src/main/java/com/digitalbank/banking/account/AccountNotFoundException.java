package com.digitalbank.banking.account;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** No such account, or not one the caller may see: both answer the same. */
public class AccountNotFoundException extends BusinessException {

	public AccountNotFoundException(AccountId accountId) {
		super(ErrorKind.NOT_FOUND, "ACCOUNT_NOT_FOUND", "Account " + accountId + " was not found.");
	}

}
