package com.digitalbank.banking.transfer.commit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountNotFoundException;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.AccountType;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferId;
import com.digitalbank.banking.transfer.TransferKind;
import com.digitalbank.banking.transfer.TransferRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransferPlannerTests {

	private final TransferPlanner planner = new TransferPlanner(new BigDecimal("100000.00"));

	private final AtomicLong clock = new AtomicLong();

	@Test
	void appliesTransfersInOrderSoEachSeesThePreviousBalances() {
		Map<AccountId, Account> accounts = Map.of(id("a"), account("a", "100.00"), id("b"), account("b", "0.00"));

		TransferPlan plan = planner.plan(List.of(command("t1", "a", "b", "60.00"), command("t2", "a", "b", "30.00"),
				command("t3", "b", "a", "10.00")), accounts, this::tick);

		assertThat(plan.planned()).extracting(p -> p.debit().balanceAfter())
			.containsExactly(new BigDecimal("40.00"), new BigDecimal("10.00"), new BigDecimal("80.00"));
		assertThat(plan.accountChanges().get(id("a")).after().balance()).isEqualByComparingTo("20.00");
		assertThat(plan.accountChanges().get(id("b")).after().balance()).isEqualByComparingTo("80.00");
		assertThat(plan.planned()).extracting(p -> p.transfer().createdAt()).isSorted();
	}

	@Test
	void rejectsTransferWhenFundsAreInsufficientAfterEarlierOnes() {
		Map<AccountId, Account> accounts = Map.of(id("a"), account("a", "100.00"), id("b"), account("b", "0.00"));

		TransferPlan plan = planner.plan(List.of(command("t1", "a", "b", "80.00"), command("t2", "a", "b", "30.00")),
				accounts, this::tick);

		assertThat(plan.planned()).hasSize(1);
		assertThat(plan.rejected()).singleElement()
			.satisfies(r -> assertThat(r.reason().code()).isEqualTo("INSUFFICIENT_FUNDS"));
		assertThat(plan.accountChanges().get(id("a")).after().balance()).isEqualByComparingTo("20.00");
	}

	@Test
	void rejectsMissingInactiveAndForeignCurrencyAccounts() {
		Account frozen = new Account(id("f"), "u", AccountType.CHECKING, "MXN", new BigDecimal("50.00"),
				BigDecimal.ZERO, AccountStatus.FROZEN, 0, "1", "1", Instant.EPOCH);
		Account dollars = new Account(id("d"), "u", AccountType.CHECKING, "USD", new BigDecimal("50.00"),
				BigDecimal.ZERO, AccountStatus.ACTIVE, 0, "1", "1", Instant.EPOCH);
		Map<AccountId, Account> accounts = Map.of(id("a"), account("a", "100.00"), id("f"), frozen, id("d"), dollars);

		TransferPlan plan = planner.plan(List.of(command("t1", "a", "missing", "1.00"), command("t2", "a", "f", "1.00"),
				command("t3", "a", "d", "1.00")), accounts, this::tick);

		assertThat(plan.planned()).isEmpty();
		assertThat(plan.rejected()).extracting(r -> r.reason().code())
			.containsExactly("ACCOUNT_NOT_FOUND", "ACCOUNT_INACTIVE", "CURRENCY_MISMATCH");
		assertThat(plan.rejected().getFirst().reason()).isInstanceOf(AccountNotFoundException.class);
		assertThat(plan.accountChanges()).isEmpty();
	}

	@Test
	void enforcesThePerTransferLimitOnTransfersOnly() {
		Map<AccountId, Account> accounts = Map.of(id("a"), account("a", "500000.00"), id("b"), account("b", "0.00"));
		TransferCommand payment = TransferCommand.payment(new TransferId("p"), "u", id("a"), id("b"),
				new BigDecimal("150000.00"), "MXN", null);

		TransferPlan plan = planner.plan(List.of(command("t1", "a", "b", "100000.01"), payment), accounts, this::tick);

		assertThat(plan.rejected()).extracting(r -> r.reason().code()).containsExactly("LIMIT_EXCEEDED");
		assertThat(plan.planned()).extracting(p -> p.transfer().transferId()).containsExactly(new TransferId("p"));
	}

	@Test
	void refusesASourceAccountOfAnotherUserAsNotFound() {
		Account theirs = new Account(id("t"), "someone-else", AccountType.CHECKING, "MXN", new BigDecimal("50.00"),
				BigDecimal.ZERO, AccountStatus.ACTIVE, 0, "1", "1", Instant.EPOCH);

		TransferPlan plan = planner.plan(List.of(command("t1", "t", "a", "1.00")),
				Map.of(id("t"), theirs, id("a"), account("a", "0.00")), this::tick);

		assertThat(plan.rejected()).extracting(r -> r.reason().code()).containsExactly("ACCOUNT_NOT_FOUND");
	}

	@Test
	void rejectsTheSecondOfTwoTransfersWithOneId() {
		Map<AccountId, Account> accounts = Map.of(id("a"), account("a", "100.00"), id("b"), account("b", "0.00"));

		TransferPlan plan = planner.plan(List.of(command("same", "a", "b", "1.00"), command("same", "a", "b", "1.00")),
				accounts, this::tick);

		assertThat(plan.planned()).hasSize(1);
		assertThat(plan.rejected()).extracting(r -> r.reason().code()).containsExactly("DUPLICATE_TRANSFER");
	}

	@Test
	void commandsRefuseBadAmountsAndSameAccount() {
		assertThatThrownBy(() -> command("x", "a", "b", "0.00")).hasMessageContaining("positive");
		assertThatThrownBy(() -> command("x", "a", "b", "1.005")).hasMessageContaining("two decimals");
		assertThatThrownBy(() -> command("x", "a", "a", "1.00"))
			.isInstanceOf(TransferRejectedException.SameAccount.class);
	}

	private Instant tick() {
		return Instant.EPOCH.plusMillis(clock.incrementAndGet());
	}

	private static Account account(String id, String balance) {
		return new Account(id(id), "u", AccountType.CHECKING, "MXN", new BigDecimal(balance), new BigDecimal(balance),
				AccountStatus.ACTIVE, 3, "1", "1", Instant.EPOCH);
	}

	private static TransferCommand command(String id, String from, String to, String amount) {
		return new TransferCommand(new TransferId(id), TransferKind.TRANSFER, "u", id(from), id(to),
				new BigDecimal(amount), "MXN", null);
	}

	private static AccountId id(String value) {
		return new AccountId(value);
	}

}
