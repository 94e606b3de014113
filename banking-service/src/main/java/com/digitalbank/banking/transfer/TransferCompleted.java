package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published on the events queue ({@code banking-events}) after a transfer, payment or
 * refund commits.
 */
public record TransferCompleted(String transferId, String kind, String fromAccountId, String toAccountId,
		BigDecimal amount, String currency, Instant completedAt) {

	public static final String TYPE = "TRANSFER_COMPLETED";

	public static TransferCompleted from(Transfer transfer) {
		return new TransferCompleted(transfer.transferId().value(), transfer.kind().name(), transfer.from().value(),
				transfer.to().value(), transfer.amount(), transfer.currency(), transfer.createdAt());
	}

}
