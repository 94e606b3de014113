package com.digitalbank.banking.account.web;

import java.time.Clock;

import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountManagement;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/accounts")
@Tag(name = "Accounts")
class AccountController {

	private final AccountManagement accounts;

	private final Clock clock;

	AccountController(AccountManagement accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listAccounts", summary = "The caller's accounts")
	AccountListResponse list(CurrentUser user) {
		return AccountListResponse.from(accounts.accountsOf(user.userId()));
	}

	@GetMapping("/{accountId}")
	@Operation(operationId = "getAccount", summary = "One of the caller's accounts")
	AccountResponse get(CurrentUser user, @PathVariable String accountId) {
		return AccountResponse.from(accounts.ownedAccount(user.userId(), new AccountId(accountId)));
	}

	@GetMapping("/{accountId}/balance")
	@Operation(operationId = "getBalance", summary = "The balance, read with strong consistency")
	BalanceResponse balance(CurrentUser user, @PathVariable String accountId) {
		return BalanceResponse.from(accounts.ownedAccount(user.userId(), new AccountId(accountId)), clock.instant());
	}

}
