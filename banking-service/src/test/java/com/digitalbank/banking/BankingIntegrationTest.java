package com.digitalbank.banking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.AccountType;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountManagement;
import com.digitalbank.banking.account.AccountTransactions;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the banking integration tests: one application context against the local stack,
 * and accounts opened directly in the store for users no other test uses.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SqsOutage.Publisher.class)
public abstract class BankingIntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected AccountManagement accounts;

	@Autowired
	protected AccountTransactions accountTransactions;

	protected static String newUser() {
		return "user-" + UUID.randomUUID();
	}

	protected ApiClient api(String userId) {
		return ApiClient.on(port).as(userId);
	}

	protected String openAccount(String userId, String balance) {
		return openAccount(userId, balance, "MXN", AccountStatus.ACTIVE);
	}

	protected String openAccount(String userId, String balance, String currency, AccountStatus status) {
		String id = "acc-" + UUID.randomUUID();
		BigDecimal opening = new BigDecimal(balance);
		accounts.openIfAbsent(new Account(new AccountId(id), userId, AccountType.CHECKING, currency, opening, opening,
				status, 0, "1234567890", "002180012345678906", Instant.now()));
		return id;
	}

	/** The account as stored now, read strongly consistent. */
	protected Account account(String accountId) {
		AccountId id = new AccountId(accountId);
		return accountTransactions.read(List.of(id)).get(id);
	}

	/** A problem response with this status and code. */
	protected static void assertProblem(ApiResponse response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo(code);
	}

	protected static String transferBody(String from, String to, String amount) {
		return "{\"fromAccountId\":\"" + from + "\",\"toAccountId\":\"" + to + "\",\"amount\":" + amount
				+ ",\"currency\":\"MXN\",\"description\":\"test\"}";
	}

}
