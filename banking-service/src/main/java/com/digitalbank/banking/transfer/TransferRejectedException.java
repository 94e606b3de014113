package com.digitalbank.banking.transfer;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/**
 * The outcomes that refuse a transfer, each with its stable code; refusals the accounts
 * decide are theirs ({@code InsufficientFundsException},
 * {@code AccountInactiveException}).
 */
public abstract sealed class TransferRejectedException extends BusinessException {

	TransferRejectedException(ErrorKind kind, String code, String detail) {
		super(kind, code, detail);
	}

	public static final class SameAccount extends TransferRejectedException {

		public SameAccount() {
			super(ErrorKind.INVALID, "SAME_ACCOUNT", "The source and destination accounts must differ.");
		}

	}

	public static final class InvalidAmount extends TransferRejectedException {

		public InvalidAmount() {
			super(ErrorKind.INVALID, "INVALID_AMOUNT", "The amount must be positive with at most two decimals.");
		}

	}

	public static final class LimitExceeded extends TransferRejectedException {

		public LimitExceeded(String limit, String currency) {
			super(ErrorKind.UNPROCESSABLE, "LIMIT_EXCEEDED",
					"A single transfer may move at most " + limit + " " + currency + ".");
		}

	}

	public static final class CurrencyMismatch extends TransferRejectedException {

		public CurrencyMismatch(String currency) {
			super(ErrorKind.UNPROCESSABLE, "CURRENCY_MISMATCH",
					"Both accounts must hold " + currency + ", the currency of the transfer.");
		}

	}

	public static final class DuplicateTransfer extends TransferRejectedException {

		public DuplicateTransfer(TransferId transferId) {
			super(ErrorKind.CONFLICT, "DUPLICATE_TRANSFER", "Transfer " + transferId + " already exists.");
		}

	}

	public static final class Busy extends TransferRejectedException {

		public Busy() {
			super(ErrorKind.UNAVAILABLE, "CONCURRENT_UPDATE",
					"The accounts are too busy right now; retry with the same Idempotency-Key.");
		}

	}

}
