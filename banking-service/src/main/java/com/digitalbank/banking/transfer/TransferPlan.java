package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.history.LedgerEntry;
import com.digitalbank.platform.problem.BusinessException;

/**
 * What one transaction will write: the transfers that fit, in order, with their ledger
 * entries, the final balance of every account they touch (guarded by the version that was
 * read), and the transfers refused on the way.
 */
public record TransferPlan(List<Planned> planned, List<Rejected> rejected, Map<String, AccountChange> accountChanges) {

	public record Planned(TransferCommand command, Transfer transfer, LedgerEntry debit, LedgerEntry credit) {
	}

	public record Rejected(TransferCommand command, BusinessException reason) {
	}

	/** {@code before} is the account as read; its version is the write's condition. */
	public record AccountChange(Account before, BigDecimal balanceAfter) {
	}

}
