package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.banking.account.Account;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank test: 16 concurrent clients make 2,000 random transfers among 10 accounts,
 * many on the same accounts at once, some overdrawing, some retried with the same key.
 * Money is neither created nor lost, and the ledger explains every balance.
 */
class BankInvariantsIntegrationTests extends BankingIntegrationTest {

	private static final int CLIENTS = 16;

	private static final int TRANSFERS = 2000;

	private static final int ACCOUNTS = 10;

	private record Sent(String key, String from, String to, BigDecimal amount, String transferId) {
	}

	@Test
	void moneyIsNeitherCreatedNorLostUnderConcurrentConflictingTransfers() throws Exception {
		List<String> users = List.of(newUser(), newUser(), newUser());
		Map<String, String> ownerOf = new HashMap<>();
		for (int i = 0; i < ACCOUNTS; i++) {
			String user = users.get(i % users.size());
			ownerOf.put(openAccount(user, "1000.00"), user);
		}
		List<String> accounts = List.copyOf(ownerOf.keySet());
		BigDecimal totalBefore = total(accounts);
		Map<String, ApiClient> clients = new HashMap<>();
		users.forEach(user -> clients.put(user, api(user)));
		Map<String, Sent> completed = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger replays = new AtomicInteger();

		List<Future<?>> workers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
			for (int c = 0; c < CLIENTS; c++) {
				workers.add(pool.submit(() -> {
					ThreadLocalRandom random = ThreadLocalRandom.current();
					while (next.getAndIncrement() < TRANSFERS) {
						String from = accounts.get(random.nextInt(ACCOUNTS));
						String to = accounts
							.get((accounts.indexOf(from) + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS);
						BigDecimal amount = BigDecimal.valueOf(random.nextLong(100, 40_000), 2);
						String key = UUID.randomUUID().toString();
						ApiClient client = clients.get(ownerOf.get(from)).header("Idempotency-Key", key);
						String body = transferBody(from, to, amount.toPlainString());
						ApiResponse response = client.post("/v1/transfers", body);
						assertThat(response.status()).as(response.body()).isIn(201, 422);
						if (response.status() == 422) {
							assertThat(response.<String>json("$.code")).isEqualTo("INSUFFICIENT_FUNDS");
							refused.incrementAndGet();
						}
						else {
							completed.put(key, new Sent(key, from, to, amount, response.json("$.transferId")));
						}
						if (random.nextInt(10) == 0) {
							ApiResponse replay = client.post("/v1/transfers", body);
							assertThat(replay.status()).isEqualTo(response.status());
							assertThat(replay.body()).isEqualTo(response.body());
							replays.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}

		assertThat(completed.size() + refused.get()).isEqualTo(TRANSFERS);
		assertThat(refused.get()).as("some transfers overdraw").isPositive();
		assertThat(replays.get()).as("some transfers are retried").isPositive();
		assertThat(total(accounts)).as("total of all balances").isEqualByComparingTo(totalBefore);
		Map<String, List<Map<String, Object>>> ledgerByTransfer = new HashMap<>();
		for (String account : accounts) {
			Account stored = account(account);
			assertThat(stored.balance().signum()).as("balance of " + account).isNotNegative();
			BigDecimal net = BigDecimal.ZERO;
			for (Map<String, Object> entry : ledger(clients.get(ownerOf.get(account)), account)) {
				BigDecimal amount = new BigDecimal(entry.get("amount").toString());
				net = "CREDIT".equals(entry.get("type")) ? net.add(amount) : net.subtract(amount);
				ledgerByTransfer.computeIfAbsent((String) entry.get("transferId"), id -> new ArrayList<>()).add(entry);
			}
			assertThat(stored.balance()).as("opening balance plus ledger of " + account)
				.isEqualByComparingTo(stored.openingBalance().add(net));
		}
		Set<String> completedIds = new HashSet<>();
		for (Sent sent : completed.values()) {
			assertThat(completedIds.add(sent.transferId())).as("one transfer per key").isTrue();
			assertThat(ledgerByTransfer.get(sent.transferId())).as("entries of " + sent.transferId())
				.hasSize(2)
				.anySatisfy(e -> assertThat(e).containsEntry("type", "DEBIT").containsEntry("accountId", sent.from()))
				.anySatisfy(e -> assertThat(e).containsEntry("type", "CREDIT").containsEntry("accountId", sent.to()));
		}
		assertThat(ledgerByTransfer.keySet()).as("no entries but those of completed transfers")
			.containsExactlyInAnyOrderElementsOf(completedIds);
	}

	private BigDecimal total(List<String> accounts) {
		return accounts.stream().map(id -> account(id).balance()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static List<Map<String, Object>> ledger(ApiClient client, String account) {
		List<Map<String, Object>> entries = new ArrayList<>();
		String cursor = null;
		do {
			ApiResponse page = client.get("/v1/accounts/" + account + "/transactions?limit=100"
					+ (cursor == null ? "" : "&cursor=" + cursor));
			entries.addAll(page.json("$.items"));
			cursor = page.json("$.nextCursor");
		}
		while (cursor != null);
		return entries;
	}

}
