package com.digitalbank.banking.account;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTests {

	@Test
	void debitTakesMoneyOutAndKeepsTheVersion() {
		Account debited = account("100.00", AccountStatus.ACTIVE).debit(new BigDecimal("100.00"));

		assertThat(debited.balance()).isEqualByComparingTo("0.00");
		assertThat(debited.version()).isEqualTo(7);
	}

	@Test
	void refusesADebitTheBalanceDoesNotCover() {
		assertThatThrownBy(() -> account("100.00", AccountStatus.ACTIVE).debit(new BigDecimal("100.01")))
			.isInstanceOfSatisfying(InsufficientFundsException.class,
					ex -> assertThat(ex.code()).isEqualTo("INSUFFICIENT_FUNDS"));
	}

	@Test
	void anInactiveAccountRefusesBothWays() {
		Account frozen = account("100.00", AccountStatus.FROZEN);

		assertThatThrownBy(() -> frozen.debit(BigDecimal.ONE)).isInstanceOf(AccountInactiveException.class);
		assertThatThrownBy(() -> frozen.credit(BigDecimal.ONE)).isInstanceOf(AccountInactiveException.class);
	}

	@Test
	void aCommitMovesTheVersion() {
		Account committed = account("100.00", AccountStatus.ACTIVE).committed(new BigDecimal("40.00"));

		assertThat(committed.balance()).isEqualByComparingTo("40.00");
		assertThat(committed.version()).isEqualTo(8);
	}

	private static Account account(String balance, AccountStatus status) {
		return new Account(new AccountId("acc-1"), "u", AccountType.CHECKING, "MXN", new BigDecimal(balance),
				new BigDecimal(balance), status, 7, "1234567890", "002180012345678906", Instant.EPOCH);
	}

}
