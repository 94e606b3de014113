package com.digitalbank.banking.account.web;

import java.util.List;

import com.digitalbank.banking.account.Account;

record AccountListResponse(List<AccountResponse> items) {

	static AccountListResponse from(List<Account> accounts) {
		return new AccountListResponse(accounts.stream().map(AccountResponse::from).toList());
	}

}
