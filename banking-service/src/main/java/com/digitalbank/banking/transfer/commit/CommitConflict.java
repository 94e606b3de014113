package com.digitalbank.banking.transfer.commit;

import java.util.Map;

import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.platform.problem.BusinessException;

/**
 * The transaction was cancelled. Transfers named in {@code rejected} can never succeed
 * (their id exists, their idempotency key was used already); the others may simply be
 * retried on fresh balances.
 */
final class CommitConflict extends RuntimeException {

	private final transient Map<TransferCommand, BusinessException> rejected;

	private final boolean contention;

	/**
	 * @param contention whether something other than the doomed transfers failed (an
	 * account changed under the batch): only then is backing off worth it
	 */
	CommitConflict(Map<TransferCommand, BusinessException> rejected, boolean contention, Throwable cause) {
		super("Transfer transaction cancelled", cause, false, false);
		this.rejected = Map.copyOf(rejected);
		this.contention = contention;
	}

	boolean contention() {
		return contention;
	}

	Map<TransferCommand, BusinessException> rejected() {
		return rejected;
	}

}
