package com.digitalbank.banking.account;

import java.util.List;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsIntegrationTests extends BankingIntegrationTest {

	@Test
	void listsOnlyTheCallersAccounts() {
		String user = newUser();
		String checking = openAccount(user, "1000.00");
		String savings = openAccount(user, "2500.50");
		openAccount(newUser(), "99.00");

		ApiResponse response = api(user).get("/v1/accounts");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<List<String>>json("$.items[*].accountId")).containsExactlyInAnyOrder(checking, savings);
		assertThat(response.<List<Object>>json("$.items[*].balance")).containsExactlyInAnyOrder(1000.0, 2500.5);
	}

	@Test
	void readsBalanceOfOwnAccount() {
		String user = newUser();
		String account = openAccount(user, "1234.50");

		ApiResponse response = api(user).get("/v1/accounts/" + account + "/balance");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("\"balance\":1234.50").contains("\"currency\":\"MXN\"");
	}

	@Test
	void anotherUsersAccountIsNotFoundLikeAMissingOne() {
		String account = openAccount(newUser(), "10.00");
		String stranger = newUser();

		ApiResponse foreign = api(stranger).get("/v1/accounts/" + account);
		ApiResponse missing = api(stranger).get("/v1/accounts/acc-does-not-exist");

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.<String>json("$.code")).isEqualTo("ACCOUNT_NOT_FOUND");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.<String>json("$.code")).isEqualTo("ACCOUNT_NOT_FOUND");
		assertThat(api(stranger).get("/v1/accounts/" + account + "/balance").status()).isEqualTo(404);
	}

}
