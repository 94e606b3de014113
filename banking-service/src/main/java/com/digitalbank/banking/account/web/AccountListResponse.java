package com.digitalbank.banking.account.web;

import java.util.List;

import com.digitalbank.banking.account.Account;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(requiredProperties = { "items" })
record AccountListResponse(List<AccountResponse> items) {

	static AccountListResponse from(List<Account> accounts) {
		return new AccountListResponse(accounts.stream().map(AccountResponse::from).toList());
	}

}
