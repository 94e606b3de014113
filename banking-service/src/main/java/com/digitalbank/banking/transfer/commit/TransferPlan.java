package com.digitalbank.banking.transfer.commit;

import java.util.List;
import java.util.Map;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.history.LedgerEntry;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.platform.problem.BusinessException;

/**
 * What one transaction will write: the transfers that fit, in order, with their ledger
 * entries, every touched account as read and as the batch leaves it, and the transfers
 * refused on the way.
 */
record TransferPlan(List<Planned> planned, List<Rejected> rejected, Map<AccountId, AccountChange> accountChanges) {

	record Planned(TransferCommand command, Transfer transfer, LedgerEntry debit, LedgerEntry credit) {
	}

	record Rejected(TransferCommand command, BusinessException reason) {
	}

	/** {@code before} is the account as read; its version is the write's condition. */
	record AccountChange(Account before, Account after) {
	}

}
