package com.digitalbank.banking.history;

import java.time.Instant;

import com.digitalbank.banking.account.AccountId;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** A page request on one account's ledger; every field but the account is optional. */
public record HistoryQuery(AccountId accountId, Instant from, Instant to, EntryType type, int limit, String cursor) {

	public static final int MAX_LIMIT = 100;

	public HistoryQuery {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BusinessException(ErrorKind.INVALID, "INVALID_DATE_RANGE", "'from' must not be after 'to'.");
		}
	}

}
