package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import com.digitalbank.banking.account.AccountId;

/** A completed movement of money, as recorded. */
public record Transfer(TransferId transferId, TransferKind kind, String userId, AccountId from, AccountId to,
		BigDecimal amount, String currency, String description, Instant createdAt) {

	public static final String COMPLETED = "COMPLETED";

	public Transfer {
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** The transfer the command asked for, completed at {@code at}. */
	public static Transfer completed(TransferCommand command, Instant at) {
		return new Transfer(command.transferId(), command.kind(), command.userId(), command.from(), command.to(),
				command.amount(), command.currency(), command.description(), at);
	}

}
