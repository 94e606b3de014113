package com.digitalbank.banking.account.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.digitalbank.platform.test.PlatformWebMvcTest;
import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountManagement;
import com.digitalbank.banking.account.AccountNotFoundException;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.AccountType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static com.digitalbank.platform.test.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

@PlatformWebMvcTest(AccountController.class)
class AccountControllerTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AccountManagement accounts;

	@Test
	void listsTheCallersAccounts() {
		given(accounts.accountsOf("user-1"))
			.willReturn(List.of(account("acc-1", "25000.00"), account("acc-2", "0.50")));

		assertThat(mvc.get().uri("/v1/accounts").with(user("user-1"))).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[
					  {"accountId":"acc-1","userId":"user-1","type":"CHECKING","currency":"MXN","balance":25000.00,
					   "status":"ACTIVE","accountNumber":"1234567890","clabe":"002180012345678906"},
					  {"accountId":"acc-2","userId":"user-1","type":"CHECKING","currency":"MXN","balance":0.50,
					   "status":"ACTIVE","accountNumber":"1234567890","clabe":"002180012345678906"}]}
					""");
	}

	@Test
	void readsTheBalanceAsOfNow() {
		given(accounts.ownedAccount("user-1", new AccountId("acc-1"))).willReturn(account("acc-1", "1234.50"));

		assertThat(mvc.get().uri("/v1/accounts/acc-1/balance").with(user("user-1"))).hasStatusOk()
			.bodyText()
			.isEqualTo("{\"accountId\":\"acc-1\",\"balance\":1234.50,\"currency\":\"MXN\",\"asOf\":\"" + NOW + "\"}");
	}

	@Test
	void anAccountTheCallerDoesNotOwnIsNotFound() {
		given(accounts.ownedAccount("user-1", new AccountId("acc-9")))
			.willThrow(new AccountNotFoundException(new AccountId("acc-9")));

		assertThat(mvc.get().uri("/v1/accounts/acc-9").with(user("user-1"))).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status":404,"code":"ACCOUNT_NOT_FOUND","detail":"Account acc-9 was not found.",
					 "type":"https://docs.digitalbank.example/problems/account-not-found"}
					""");
	}

	@Test
	void answersProblemJsonWithoutACaller() {
		assertThat(mvc.get().uri("/v1/accounts")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasHeader("WWW-Authenticate", "Bearer")
			.bodyJson()
			.isLenientlyEqualTo("{\"status\":401,\"code\":\"UNAUTHORIZED\"}");
		verifyNoInteractions(accounts);
	}

	@Test
	void theCorrelationIdIsEchoedAndInTheProblem() {
		given(accounts.ownedAccount("user-1", new AccountId("acc-9")))
			.willThrow(new AccountNotFoundException(new AccountId("acc-9")));

		assertThat(mvc.get().uri("/v1/accounts/acc-9").header("X-Correlation-Id", "corr-42").with(user("user-1")))
			.hasHeader("X-Correlation-Id", "corr-42")
			.bodyJson()
			.extractingPath("$.correlationId")
			.isEqualTo("corr-42");
		then(accounts).should().ownedAccount("user-1", new AccountId("acc-9"));
	}

	private static Account account(String id, String balance) {
		return new Account(new AccountId(id), "user-1", AccountType.CHECKING, "MXN", new BigDecimal(balance),
				new BigDecimal(balance), AccountStatus.ACTIVE, 3, "1234567890", "002180012345678906", NOW);
	}

}
