package com.digitalbank.banking.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryIntegrationTests extends BankingIntegrationTest {

	String user;

	String account;

	String other;

	Instant middle;

	@BeforeEach
	void fiveDebitsAndTwoCredits() {
		user = newUser();
		account = openAccount(user, "1000.00");
		other = openAccount(user, "1000.00");
		for (int i = 1; i <= 5; i++) {
			move(account, other, i + ".00");
			if (i == 3) {
				middle = Instant.now();
			}
		}
		move(other, account, "100.00");
		move(other, account, "200.00");
	}

	@Test
	void pagesNewestFirstWithACursorUntilTheEnd() {
		List<String> amounts = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			ApiResponse page = api(user)
				.get("/v1/accounts/" + account + "/transactions?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
			assertThat(page.status()).isEqualTo(200);
			amounts.addAll(page.<List<Object>>json("$.items[*].amount").stream().map(String::valueOf).toList());
			cursor = page.json("$.nextCursor");
			pages++;
		}
		while (cursor != null);

		assertThat(pages).isEqualTo(3);
		assertThat(amounts).containsExactly("200.0", "100.0", "5.0", "4.0", "3.0", "2.0", "1.0");
	}

	@Test
	void listsTheUsersLedgerAcrossAccountsNewestFirst() {
		String stranger = newUser();
		String theirs = openAccount(stranger, "50.00");
		api(stranger).header("Idempotency-Key", UUID.randomUUID().toString())
			.post("/v1/transfers", transferBody(theirs, account, "7.00"));
		List<Object> entries = new ArrayList<>();
		String cursor = null;
		do {
			ApiResponse page = api(user).get("/v1/transactions?limit=5" + (cursor == null ? "" : "&cursor=" + cursor));
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			entries.addAll(page.<List<Object>>json("$.items[*].accountId"));
			cursor = page.json("$.nextCursor");
		}
		while (cursor != null);

		// Seven transfers between the user's two accounts are fourteen entries, plus the
		// stranger's credit on the user's account; none of the stranger's own entries.
		assertThat(entries).hasSize(15).containsOnly(account, other);
		ApiResponse first = api(user).get("/v1/transactions?limit=2");
		assertThat(first.<List<Object>>json("$.items[*].amount").stream().map(String::valueOf))
			.as("the stranger's credit is the newest")
			.containsExactly("7.0", "200.0");
		assertThat(api(stranger).get("/v1/transactions").<List<String>>json("$.items[*].accountId"))
			.containsExactly(theirs);
		assertProblem(api(stranger).get("/v1/transactions?cursor=" + first.json("$.nextCursor")), 400,
				"INVALID_CURSOR");
	}

	@Test
	void filtersByType() {
		ApiResponse credits = api(user).get("/v1/accounts/" + account + "/transactions?type=CREDIT&limit=10");

		assertThat(credits.<List<String>>json("$.items[*].type")).containsExactly("CREDIT", "CREDIT");
		assertThat(credits.<String>json("$.nextCursor")).isNull();
	}

	@Test
	void filtersByDateRange() {
		ApiResponse late = api(user).get("/v1/accounts/" + account + "/transactions?from=" + middle);
		ApiResponse early = api(user).get("/v1/accounts/" + account + "/transactions?to=" + middle);

		assertThat(late.<List<Object>>json("$.items")).hasSize(4);
		assertThat(early.<List<Object>>json("$.items")).hasSize(3);
	}

	@Test
	void refusesBadCursorsAndOthersAccounts() {
		ApiResponse badCursor = api(user).get("/v1/accounts/" + account + "/transactions?cursor=bm9wZQ");
		ApiResponse tooMany = api(user).get("/v1/accounts/" + account + "/transactions?limit=101");

		assertProblem(badCursor, 400, "INVALID_CURSOR");
		assertProblem(tooMany, 400, "VALIDATION_FAILED");
		assertProblem(api(newUser()).get("/v1/accounts/" + account + "/transactions"), 404, "ACCOUNT_NOT_FOUND");
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() {
		Instant later = middle.plusSeconds(1);

		ApiResponse reversed = api(user)
			.get("/v1/accounts/" + account + "/transactions?from=" + later + "&to=" + middle);

		assertProblem(reversed, 400, "INVALID_DATE_RANGE");
	}

	private void move(String from, String to, String amount) {
		ApiResponse response = api(user).header("Idempotency-Key", UUID.randomUUID().toString())
			.post("/v1/transfers", transferBody(from, to, amount));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

}
