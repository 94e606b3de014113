package com.digitalbank.banking.account.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.banking.account.Account;
import io.swagger.v3.oas.annotations.media.Schema;

/** A balance read with strong consistency at {@code asOf}. */
@Schema(requiredProperties = { "accountId", "balance", "currency", "asOf" })
record BalanceResponse(String accountId, BigDecimal balance, String currency, Instant asOf) {

	static BalanceResponse from(Account account, Instant asOf) {
		return new BalanceResponse(account.accountId().value(), account.balance(), account.currency(), asOf);
	}

}
