package com.digitalbank.banking.account.web;

import java.math.BigDecimal;

import com.digitalbank.banking.account.Account;
import io.swagger.v3.oas.annotations.media.Schema;

/** An account as clients see it. */
@Schema(requiredProperties = { "accountId", "userId", "type", "currency", "balance", "status" })
record AccountResponse(@Schema(example = "acc-123-checking") String accountId,
		@Schema(example = "user-123") String userId, @Schema(example = "CHECKING") String type,
		@Schema(example = "MXN") String currency, @Schema(example = "25000.00") BigDecimal balance,
		@Schema(example = "ACTIVE") String status, @Schema(example = "1234561001") String accountNumber,
		@Schema(example = "002180012345610012") String clabe) {

	static AccountResponse from(Account account) {
		return new AccountResponse(account.accountId().value(), account.userId(), account.type().name(),
				account.currency(), account.balance(), account.status().name(), account.accountNumber(),
				account.clabe());
	}

}
