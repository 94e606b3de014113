package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.digitalbank.banking.account.AccountId;

/**
 * A request to move money, valid by construction: a positive amount with at most two
 * decimals between two different accounts. Made by the factory of its kind.
 */
public record TransferCommand(TransferId transferId, TransferKind kind, String userId, AccountId from, AccountId to,
		BigDecimal amount, String currency, String description) {

	public TransferCommand {
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new TransferRejectedException.InvalidAmount();
		}
		if (from.equals(to)) {
			throw new TransferRejectedException.SameAccount();
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** A user's transfer from one of their accounts, under a new id. */
	public static TransferCommand transfer(String userId, AccountId from, AccountId to, BigDecimal amount,
			String currency, String description) {
		return new TransferCommand(TransferId.random(), TransferKind.TRANSFER, userId, from, to, amount, currency,
				description);
	}

	/** A marketplace payment from one of the user's accounts, under the saga's id. */
	public static TransferCommand payment(TransferId id, String userId, AccountId from, AccountId settlement,
			BigDecimal amount, String currency, String description) {
		return new TransferCommand(id, TransferKind.PAYMENT, userId, from, settlement, amount, currency, description);
	}

	/** Money back from the settlement account to the account a payment came from. */
	public static TransferCommand refund(TransferId id, String userId, AccountId settlement, AccountId to,
			BigDecimal amount, String currency, String description) {
		return new TransferCommand(id, TransferKind.REFUND, userId, settlement, to, amount, currency, description);
	}

	/** A reward from the settlement account to the account a payment came from. */
	public static TransferCommand cashback(TransferId id, String userId, AccountId settlement, AccountId to,
			BigDecimal amount, String currency, String description) {
		return new TransferCommand(id, TransferKind.CASHBACK, userId, settlement, to, amount, currency, description);
	}

	/**
	 * A refunded payment's cashback, back from the account it was credited to (the
	 * user's) to the settlement account.
	 */
	public static TransferCommand cashbackReversal(TransferId id, String userId, AccountId credited,
			AccountId settlement, BigDecimal amount, String currency, String description) {
		return new TransferCommand(id, TransferKind.CASHBACK_REVERSAL, userId, credited, settlement, amount, currency,
				description);
	}

	/**
	 * Whether the source must belong to {@code userId}: a refund or a cashback takes
	 * money out of the settlement account on the user's behalf.
	 */
	public boolean requiresOwnedSource() {
		return kind != TransferKind.REFUND && kind != TransferKind.CASHBACK;
	}

}
