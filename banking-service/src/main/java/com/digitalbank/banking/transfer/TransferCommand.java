package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A request to move money, valid by construction: a positive amount with at most two
 * decimals and two different accounts. {@code ownedSource}: the source account must
 * belong to {@code userId} (checked on the same consistent read the transfer is planned
 * on).
 */
public record TransferCommand(String transferId, TransferKind kind, String userId, String fromAccountId,
		String toAccountId, BigDecimal amount, String currency, String description, boolean ownedSource,
		Optional<IdempotentReply> reply) {

	public TransferCommand {
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new TransferRejectedException.InvalidAmount();
		}
		if (fromAccountId.equals(toAccountId)) {
			throw new TransferRejectedException.SameAccount();
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
		reply = reply == null ? Optional.empty() : reply;
	}

}
