package com.digitalbank.banking.transfer;

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
import com.digitalbank.banking.account.AccountNotFoundException;
import com.digitalbank.banking.history.EntryType;
import com.digitalbank.banking.history.LedgerEntry;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.problem.BusinessException;

/**
 * Applies a batch of transfers, in order, to a consistent snapshot of their accounts.
 * Each sees the balances the ones before it left, so {@code balanceAfter} is exact and no
 * balance goes below zero. Pure: no I/O, no clock of its own.
 */
final class TransferPlanner {

	private final BigDecimal maxAmount;

	TransferPlanner(BigDecimal maxAmount) {
		this.maxAmount = maxAmount;
	}

	TransferPlan plan(List<TransferCommand> commands, Map<String, Account> snapshot, Supplier<Instant> timestamps) {
		Map<String, BigDecimal> balances = new LinkedHashMap<>();
		Set<String> transferIds = new HashSet<>();
		Set<String> idempotencyKeys = new HashSet<>();
		List<TransferPlan.Planned> planned = new ArrayList<>();
		List<TransferPlan.Rejected> rejected = new ArrayList<>();
		for (TransferCommand command : commands) {
			Account from = snapshot.get(command.fromAccountId());
			Account to = snapshot.get(command.toAccountId());
			BusinessException refusal = refusal(command, from, to, balances, transferIds, idempotencyKeys);
			if (refusal != null) {
				rejected.add(new TransferPlan.Rejected(command, refusal));
				continue;
			}
			BigDecimal fromAfter = balance(from, balances).subtract(command.amount());
			BigDecimal toAfter = balance(to, balances).add(command.amount());
			balances.put(from.accountId(), fromAfter);
			balances.put(to.accountId(), toAfter);
			transferIds.add(command.transferId());
			command.reply().ifPresent(reply -> idempotencyKeys.add(reply.claim().id()));
			planned.add(entries(command, fromAfter, toAfter, timestamps.get()));
		}
		Map<String, TransferPlan.AccountChange> changes = new LinkedHashMap<>();
		balances.forEach((id, after) -> changes.put(id, new TransferPlan.AccountChange(snapshot.get(id), after)));
		return new TransferPlan(planned, rejected, changes);
	}

	private BusinessException refusal(TransferCommand command, Account from, Account to,
			Map<String, BigDecimal> balances, Set<String> transferIds, Set<String> idempotencyKeys) {
		if (from == null) {
			return new AccountNotFoundException(command.fromAccountId());
		}
		if (to == null) {
			return new AccountNotFoundException(command.toAccountId());
		}
		if (command.ownedSource() && !from.isOwnedBy(command.userId())) {
			return new AccountNotFoundException(command.fromAccountId());
		}
		if (transferIds.contains(command.transferId())) {
			return new TransferRejectedException.DuplicateTransfer(command.transferId());
		}
		if (command.reply().filter(reply -> idempotencyKeys.contains(reply.claim().id())).isPresent()) {
			// The same request sent twice at once: one transaction can write its key only
			// once, and the first one's outcome is the answer.
			return new IdempotencyKeyTakenException();
		}
		if (!from.isActive()) {
			return new TransferRejectedException.AccountInactive(from.accountId());
		}
		if (!to.isActive()) {
			return new TransferRejectedException.AccountInactive(to.accountId());
		}
		if (!command.currency().equals(from.currency()) || !command.currency().equals(to.currency())) {
			return new TransferRejectedException.CurrencyMismatch(command.currency());
		}
		if (command.kind() == TransferKind.TRANSFER && command.amount().compareTo(maxAmount) > 0) {
			return new TransferRejectedException.LimitExceeded(maxAmount.toPlainString(), command.currency());
		}
		if (balance(from, balances).compareTo(command.amount()) < 0) {
			return new TransferRejectedException.InsufficientFunds(from.accountId());
		}
		return null;
	}

	private static BigDecimal balance(Account account, Map<String, BigDecimal> balances) {
		return balances.getOrDefault(account.accountId(), account.balance());
	}

	private static TransferPlan.Planned entries(TransferCommand command, BigDecimal fromAfter, BigDecimal toAfter,
			Instant at) {
		Transfer transfer = new Transfer(command.transferId(), command.kind(), command.userId(),
				command.fromAccountId(), command.toAccountId(), command.amount(), command.currency(),
				command.description(), at);
		LedgerEntry debit = new LedgerEntry(UUID.randomUUID().toString(), command.transferId(), command.fromAccountId(),
				EntryType.DEBIT, command.amount(), fromAfter, at, command.description(), command.toAccountId());
		LedgerEntry credit = new LedgerEntry(UUID.randomUUID().toString(), command.transferId(), command.toAccountId(),
				EntryType.CREDIT, command.amount(), toAfter, at, command.description(), command.fromAccountId());
		return new TransferPlan.Planned(command, transfer, debit, credit);
	}

}
