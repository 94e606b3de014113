package com.digitalbank.banking.transfer.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.banking.transfer.Transfer;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(requiredProperties = { "transferId", "status", "kind", "fromAccountId", "toAccountId", "amount", "currency",
		"createdAt" })
record TransferResponse(String transferId, String status, String kind, String fromAccountId, String toAccountId,
		BigDecimal amount, String currency, String description, Instant createdAt) {

	static TransferResponse from(Transfer transfer) {
		return new TransferResponse(transfer.transferId().value(), Transfer.COMPLETED, transfer.kind().name(),
				transfer.from().value(), transfer.to().value(), transfer.amount(), transfer.currency(),
				transfer.description(), transfer.createdAt());
	}

}
