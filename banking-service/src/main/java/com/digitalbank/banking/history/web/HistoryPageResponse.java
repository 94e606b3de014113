package com.digitalbank.banking.history.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.digitalbank.banking.history.HistoryPage;
import com.digitalbank.banking.history.LedgerEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code nextCursor} is always present, null on the last page, so clients can loop on it.
 */
@Schema(requiredProperties = { "items" })
record HistoryPageResponse(List<Entry> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

	@Schema(requiredProperties = { "transactionId", "accountId", "type", "amount", "balanceAfter", "timestamp" })
	record Entry(String transactionId, String transferId, String accountId, String type, BigDecimal amount,
			BigDecimal balanceAfter, Instant timestamp, String description, String counterpartyAccountId) {

		static Entry from(LedgerEntry entry) {
			return new Entry(entry.transactionId(), entry.transferId(), entry.accountId(), entry.type().name(),
					entry.amount(), entry.balanceAfter(), entry.timestamp(), entry.description(),
					entry.counterpartyAccountId());
		}

	}

	static HistoryPageResponse from(HistoryPage page) {
		return new HistoryPageResponse(page.items().stream().map(Entry::from).toList(), page.nextCursor());
	}

}
