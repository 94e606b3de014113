package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountNotFoundException;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.AccountType;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.idempotency.IdempotencyStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransferPlannerTests {

	private final TransferPlanner planner = new TransferPlanner(new BigDecimal("100000.00"));

	private final AtomicLong clock = new AtomicLong();

	@Test
	void appliesTransfersInOrderSoEachSeesThePreviousBalances() {
		Map<String, Account> accounts = Map.of("a", account("a", "100.00"), "b", account("b", "0.00"));

		TransferPlan plan = planner.plan(List.of(command("t1", "a", "b", "60.00"), command("t2", "a", "b", "30.00"),
				command("t3", "b", "a", "10.00")), accounts, this::tick);

		assertThat(plan.planned()).extracting(p -> p.debit().balanceAfter())
			.containsExactly(new BigDecimal("40.00"), new BigDecimal("10.00"), new BigDecimal("80.00"));
		assertThat(plan.accountChanges().get("a").balanceAfter()).isEqualByComparingTo("20.00");
		assertThat(plan.accountChanges().get("b").balanceAfter()).isEqualByComparingTo("80.00");
		assertThat(plan.planned()).extracting(p -> p.transfer().createdAt()).isSorted();
	}

	@Test
	void rejectsTransferWhenFundsAreInsufficientAfterEarlierOnes() {
		Map<String, Account> accounts = Map.of("a", account("a", "100.00"), "b", account("b", "0.00"));

		TransferPlan plan = planner.plan(List.of(command("t1", "a", "b", "80.00"), command("t2", "a", "b", "30.00")),
				accounts, this::tick);

		assertThat(plan.planned()).hasSize(1);
		assertThat(plan.rejected()).singleElement()
			.satisfies(r -> assertThat(r.reason().code()).isEqualTo("INSUFFICIENT_FUNDS"));
		assertThat(plan.accountChanges().get("a").balanceAfter()).isEqualByComparingTo("20.00");
	}

	@Test
	void rejectsMissingInactiveAndForeignCurrencyAccounts() {
		Account frozen = new Account("f", "u", AccountType.CHECKING, "MXN", new BigDecimal("50.00"), BigDecimal.ZERO,
				AccountStatus.FROZEN, 0, "1", "1", Instant.EPOCH);
		Account dollars = new Account("d", "u", AccountType.CHECKING, "USD", new BigDecimal("50.00"), BigDecimal.ZERO,
				AccountStatus.ACTIVE, 0, "1", "1", Instant.EPOCH);
		Map<String, Account> accounts = Map.of("a", account("a", "100.00"), "f", frozen, "d", dollars);

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
		Map<String, Account> accounts = Map.of("a", account("a", "500000.00"), "b", account("b", "0.00"));
		TransferCommand payment = new TransferCommand("p", TransferKind.PAYMENT, "u", "a", "b",
				new BigDecimal("150000.00"), "MXN", null, true, Optional.empty());

		TransferPlan plan = planner.plan(List.of(command("t1", "a", "b", "100000.01"), payment), accounts, this::tick);

		assertThat(plan.rejected()).extracting(r -> r.reason().code()).containsExactly("LIMIT_EXCEEDED");
		assertThat(plan.planned()).extracting(p -> p.transfer().transferId()).containsExactly("p");
	}

	@Test
	void refusesASourceAccountOfAnotherUserAsNotFound() {
		Account theirs = new Account("t", "someone-else", AccountType.CHECKING, "MXN", new BigDecimal("50.00"),
				BigDecimal.ZERO, AccountStatus.ACTIVE, 0, "1", "1", Instant.EPOCH);

		TransferPlan plan = planner.plan(List.of(command("t1", "t", "a", "1.00")),
				Map.of("t", theirs, "a", account("a", "0.00")), this::tick);

		assertThat(plan.rejected()).extracting(r -> r.reason().code()).containsExactly("ACCOUNT_NOT_FOUND");
	}

	@Test
	void rejectsTheSecondOfTwoTransfersWithOneId() {
		Map<String, Account> accounts = Map.of("a", account("a", "100.00"), "b", account("b", "0.00"));

		TransferPlan plan = planner.plan(List.of(command("same", "a", "b", "1.00"), command("same", "a", "b", "1.00")),
				accounts, this::tick);

		assertThat(plan.planned()).hasSize(1);
		assertThat(plan.rejected()).extracting(r -> r.reason().code()).containsExactly("DUPLICATE_TRANSFER");
	}

	@Test
	void rejectsTheSecondOfTwoTransfersWithOneIdempotencyKey() {
		Map<String, Account> accounts = Map.of("a", account("a", "100.00"), "b", account("b", "0.00"));
		Optional<IdempotentReply> reply = Optional
			.of(new IdempotentReply(new IdempotencyStore.Claim("u#key", "owner", "hash", false), transfer -> null));

		TransferPlan plan = planner.plan(List.of(keyed("t1", reply), keyed("t2", reply)), accounts, this::tick);

		assertThat(plan.planned()).extracting(planned -> planned.command().transferId()).containsExactly("t1");
		assertThat(plan.rejected()).extracting(r -> r.reason())
			.singleElement()
			.isInstanceOf(IdempotencyKeyTakenException.class);
	}

	@Test
	void judgesTheSecondCopyOfAKeyOnItsOwnWhenTheFirstWasRefused() {
		Map<String, Account> accounts = Map.of("a", account("a", "5.00"), "b", account("b", "0.00"));
		Optional<IdempotentReply> reply = Optional
			.of(new IdempotentReply(new IdempotencyStore.Claim("u#key", "owner", "hash", false), transfer -> null));
		TransferCommand tooMuch = new TransferCommand("t1", TransferKind.TRANSFER, "u", "a", "b",
				new BigDecimal("50.00"), "MXN", null, true, reply);

		TransferPlan plan = planner.plan(List.of(tooMuch, keyed("t2", reply)), accounts, this::tick);

		assertThat(plan.rejected()).extracting(r -> r.reason().code()).containsExactly("INSUFFICIENT_FUNDS");
		assertThat(plan.planned()).extracting(planned -> planned.command().transferId()).containsExactly("t2");
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
		return new Account(id, "u", AccountType.CHECKING, "MXN", new BigDecimal(balance), new BigDecimal(balance),
				AccountStatus.ACTIVE, 3, "1", "1", Instant.EPOCH);
	}

	private static TransferCommand keyed(String id, Optional<IdempotentReply> reply) {
		return new TransferCommand(id, TransferKind.TRANSFER, "u", "a", "b", new BigDecimal("1.00"), "MXN", null, true,
				reply);
	}

	private static TransferCommand command(String id, String from, String to, String amount) {
		return new TransferCommand(id, TransferKind.TRANSFER, "u", from, to, new BigDecimal(amount), "MXN", null, true,
				Optional.empty());
	}

}
