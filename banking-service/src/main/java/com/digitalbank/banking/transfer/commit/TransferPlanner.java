package com.digitalbank.banking.transfer.commit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountNotFoundException;
import com.digitalbank.banking.history.EntryType;
import com.digitalbank.banking.history.LedgerEntry;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferId;
import com.digitalbank.banking.transfer.TransferKind;
import com.digitalbank.banking.transfer.TransferRejectedException;
import com.digitalbank.platform.problem.BusinessException;

/**
 * Applies a batch of transfers, in order, to a consistent snapshot of their accounts.
 * Each sees the accounts as the ones before it left them, so {@code balanceAfter} is
 * exact; the accounts themselves refuse an overdraft or an inactive account. Pure: no
 * I/O, no clock of its own.
 */
final class TransferPlanner {

	private final BigDecimal maxAmount;

	TransferPlanner(BigDecimal maxAmount) {
		this.maxAmount = maxAmount;
	}

	TransferPlan plan(List<TransferCommand> commands, Map<AccountId, Account> snapshot, Supplier<Instant> timestamps) {
		Map<AccountId, Account> current = new LinkedHashMap<>();
		Set<TransferId> transferIds = new HashSet<>();
		List<TransferPlan.Planned> planned = new ArrayList<>();
		List<TransferPlan.Rejected> rejected = new ArrayList<>();
		for (TransferCommand command : commands) {
			try {
				Account from = current.getOrDefault(command.from(), snapshot.get(command.from()));
				Account to = current.getOrDefault(command.to(), snapshot.get(command.to()));
				check(command, from, to, transferIds);
				Account fromAfter = from.debit(command.amount());
				Account toAfter = to.credit(command.amount());
				current.put(fromAfter.accountId(), fromAfter);
				current.put(toAfter.accountId(), toAfter);
				transferIds.add(command.transferId());
				planned.add(entries(command, fromAfter, toAfter, timestamps.get()));
			}
			catch (BusinessException refusal) {
				rejected.add(new TransferPlan.Rejected(command, refusal));
			}
		}
		Map<AccountId, TransferPlan.AccountChange> changes = new LinkedHashMap<>();
		current.forEach((id, after) -> changes.put(id, new TransferPlan.AccountChange(snapshot.get(id), after)));
		return new TransferPlan(planned, rejected, changes);
	}

	private void check(TransferCommand command, Account from, Account to, Set<TransferId> transferIds) {
		if (from == null || (command.requiresOwnedSource() && !from.isOwnedBy(command.userId()))) {
			throw new AccountNotFoundException(command.from());
		}
		if (to == null) {
			throw new AccountNotFoundException(command.to());
		}
		if (transferIds.contains(command.transferId())) {
			throw new TransferRejectedException.DuplicateTransfer(command.transferId());
		}
		if (!from.holds(command.currency()) || !to.holds(command.currency())) {
			throw new TransferRejectedException.CurrencyMismatch(command.currency());
		}
		if (command.kind() == TransferKind.TRANSFER && command.amount().compareTo(maxAmount) > 0) {
			throw new TransferRejectedException.LimitExceeded(maxAmount.toPlainString(), command.currency());
		}
	}

	private static TransferPlan.Planned entries(TransferCommand command, Account fromAfter, Account toAfter,
			Instant at) {
		Transfer transfer = Transfer.completed(command, at);
		String transferId = command.transferId().value();
		LedgerEntry debit = new LedgerEntry(UUID.randomUUID().toString(), transferId, command.from().value(),
				EntryType.DEBIT, command.amount(), fromAfter.balance(), at, command.description(), command.to().value(),
				fromAfter.userId());
		LedgerEntry credit = new LedgerEntry(UUID.randomUUID().toString(), transferId, command.to().value(),
				EntryType.CREDIT, command.amount(), toAfter.balance(), at, command.description(),
				command.from().value(), toAfter.userId());
		return new TransferPlan.Planned(command, transfer, debit, credit);
	}

}
