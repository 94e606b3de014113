package com.digitalbank.banking.account;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** Money can neither leave nor reach an account that is not active. */
public final class AccountInactiveException extends BusinessException {

	public AccountInactiveException(AccountId accountId) {
		super(ErrorKind.UNPROCESSABLE, "ACCOUNT_INACTIVE", "Account " + accountId + " is not active.");
	}

}
