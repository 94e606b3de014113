package com.digitalbank.banking.account;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** The account does not cover what would be taken out of it. */
public final class InsufficientFundsException extends BusinessException {

	public InsufficientFundsException(AccountId accountId) {
		super(ErrorKind.UNPROCESSABLE, "INSUFFICIENT_FUNDS",
				"Account " + accountId + " does not have enough funds for this transfer.");
	}

}
