package com.digitalbank.marketplace.bank.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** Banking's accounts, called with the buyer's own token during the buyer's request. */
@HttpExchange(url = "/v1/accounts", accept = "application/json")
public interface AccountsApi {

	@GetExchange("/{accountId}")
	AccountAnswer find(@PathVariable String accountId);

	record AccountAnswer(String accountId, String type, String currency, String status) {
	}

}
