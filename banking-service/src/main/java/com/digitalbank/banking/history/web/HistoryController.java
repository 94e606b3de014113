package com.digitalbank.banking.history.web;

import java.time.Instant;

import com.digitalbank.banking.history.EntryType;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.history.HistoryQuery;
import com.digitalbank.banking.history.TransactionHistory;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Transaction history")
class HistoryController {

	private final TransactionHistory history;

	HistoryController(TransactionHistory history) {
		this.history = history;
	}

	@GetMapping("/v1/accounts/{accountId}/transactions")
	@Operation(summary = "Ledger entries of one of the caller's accounts, newest first")
	HistoryPageResponse transactions(CurrentUser user, @PathVariable String accountId,
			@Parameter(example = "2026-11-01T00:00:00Z") @RequestParam(required = false) Instant from,
			@Parameter(example = "2026-12-31T23:59:59Z") @RequestParam(required = false) Instant to,
			@RequestParam(required = false) EntryType type,
			@RequestParam(defaultValue = "20") @Min(1) @Max(HistoryQuery.MAX_LIMIT) int limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return HistoryPageResponse.from(
				history.page(user.userId(), new HistoryQuery(new AccountId(accountId), from, to, type, limit, cursor)));
	}

}
