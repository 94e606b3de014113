package com.digitalbank.banking.history.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.digitalbank.platform.test.PlatformWebMvcTest;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountNotFoundException;
import com.digitalbank.banking.history.EntryType;
import com.digitalbank.banking.history.HistoryPage;
import com.digitalbank.banking.history.HistoryQuery;
import com.digitalbank.banking.history.LedgerEntry;
import com.digitalbank.banking.history.TransactionHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.digitalbank.platform.test.Callers.user;
import static com.digitalbank.banking.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

@PlatformWebMvcTest(HistoryController.class)
class HistoryControllerTests {

	private static final Instant AT = Instant.parse("2026-11-23T10:00:00.123456Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TransactionHistory history;

	@Test
	void passesEveryFilterOnAndAnswersThePage() {
		given(history.page(any(), any())).willReturn(new HistoryPage(List.of(debit()), "bmV4dA"));

		MvcTestResult result = get("/v1/accounts/acc-1/transactions?from=2026-11-01T00:00:00Z&to=2026-11-30T00:00:00Z"
				+ "&type=DEBIT&limit=5&cursor=Y3Vy");

		then(history).should()
			.page("user-1", new HistoryQuery(new AccountId("acc-1"), Instant.parse("2026-11-01T00:00:00Z"),
					Instant.parse("2026-11-30T00:00:00Z"), EntryType.DEBIT, 5, "Y3Vy"));
		assertThat(result).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[{"transactionId":"tx-1","transferId":"t-1","accountId":"acc-1","type":"DEBIT",
				  "amount":250.25,"balanceAfter":749.75,"timestamp":"2026-11-23T10:00:00.123456Z",
				  "description":"Renta","counterpartyAccountId":"acc-2"}],
				 "nextCursor":"bmV4dA"}
				""");
	}

	@Test
	void asksForTwentyNewestByDefaultAndSaysWhenThereIsNoNextPage() {
		given(history.page(any(), any())).willReturn(new HistoryPage(List.of(), null));

		MvcTestResult result = get("/v1/accounts/acc-1/transactions");

		then(history).should().page("user-1", new HistoryQuery(new AccountId("acc-1"), null, null, null, 20, null));
		assertThat(result).hasStatusOk().bodyText().isEqualTo("{\"items\":[],\"nextCursor\":null}");
	}

	@Test
	void refusesALimitOutsideOneToAHundred() {
		MvcTestResult tooMany = get("/v1/accounts/acc-1/transactions?limit=101");

		assertProblem(tooMany, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertThat(tooMany).bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
		assertProblem(get("/v1/accounts/acc-1/transactions?limit=0"), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		verifyNoInteractions(history);
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() {
		assertProblem(get("/v1/accounts/acc-1/transactions?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z"),
				HttpStatus.BAD_REQUEST, "INVALID_DATE_RANGE");
		verifyNoInteractions(history);
	}

	@Test
	void refusesParametersOfTheWrongType() {
		assertProblem(get("/v1/accounts/acc-1/transactions?type=SIDEWAYS"), HttpStatus.BAD_REQUEST,
				"INVALID_PARAMETER");
		assertProblem(get("/v1/accounts/acc-1/transactions?from=yesterday"), HttpStatus.BAD_REQUEST,
				"INVALID_PARAMETER");
		verifyNoInteractions(history);
	}

	@Test
	void anAccountTheCallerDoesNotOwnIsNotFound() {
		given(history.page(any(), any())).willThrow(new AccountNotFoundException(new AccountId("acc-9")));

		assertProblem(get("/v1/accounts/acc-9/transactions"), HttpStatus.NOT_FOUND, "ACCOUNT_NOT_FOUND");
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).with(user("user-1")).exchange();
	}

	private static LedgerEntry debit() {
		return new LedgerEntry("tx-1", "t-1", "acc-1", EntryType.DEBIT, new BigDecimal("250.25"),
				new BigDecimal("749.75"), AT, "Renta", "acc-2", "user-1");
	}

}
