package com.digitalbank.agent.assistant.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** banking-service's contract, as far as the assistant reads it. */
@HttpExchange(url = "/v1", accept = "application/json")
interface BankingApi {

	@GetExchange("/accounts")
	Accounts accounts();

	@GetExchange("/transactions")
	Entries transactions(@RequestParam int limit);

	@PostExchange("/transfers")
	TransferAnswer transfer(@RequestHeader("Idempotency-Key") String idempotencyKey,
			@RequestBody TransferRequest request);

	record Accounts(List<Account> items) {
	}

	record Account(String accountId, String type, String currency, BigDecimal balance, String status,
			String accountNumber) {
	}

	record Entries(List<Entry> items, String nextCursor) {
	}

	record Entry(String accountId, String type, BigDecimal amount, BigDecimal balanceAfter, Instant timestamp,
			String description) {
	}

	record TransferRequest(String fromAccountId, String toAccountId, BigDecimal amount, String currency,
			String description) {
	}

	record TransferAnswer(String transferId, String status, BigDecimal amount, String currency) {
	}

}
