package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.banking.account.Account;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank test: 16 concurrent clients make 2,000 random transfers among 10 accounts,
 * many on the same accounts at once, some overdrawing. Every tenth is retried with its
 * key at once; when all have run, keys whose first request succeeded and keys whose first
 * request was refused are retried again, chosen so that running them again would now give
 * another outcome (a refused one now covered, a completed one now overdrawing). Each
 * retry must replay the first answer and move nothing. Money is neither created nor lost,
 * every 201 has exactly its two ledger entries for the amount sent, and each account's
 * ledger, in time order, explains every {@code balanceAfter} from the opening balance to
 * the balance now.
 */
class BankInvariantsIntegrationTests extends BankingIntegrationTest {

	private static final int CLIENTS = 16;

	private static final int TRANSFERS = 2000;

	private static final int ACCOUNTS = 10;

	/** Late retries of each kind, at most. */
	private static final int LATE_RETRIES = 100;

	/** One request as sent under its key, and its first answer. */
	private record Sent(ApiClient client, String body, String from, String to, BigDecimal amount, ApiResponse answer) {

		boolean completed() {
			return answer.status() == 201;
		}

		String transferId() {
			return answer.json("$.transferId");
		}

		void retryAndExpectReplay() {
			ApiResponse retry = client.post("/v1/transfers", body);
			assertThat(retry.status()).as(retry.body()).isEqualTo(answer.status());
			assertThat(retry.body()).isEqualTo(answer.body());
			assertThat(retry.header("Idempotent-Replayed")).as("replay header").isEqualTo("true");
			assertThat(retry.header("Location")).isEqualTo(answer.header("Location"));
		}

	}

	private final Map<String, String> ownerOf = new HashMap<>();

	private final Map<String, ApiClient> clients = new HashMap<>();

	private final AtomicInteger retriedCompleted = new AtomicInteger();

	private final AtomicInteger retriedRefused = new AtomicInteger();

	private List<String> accounts;

	@Test
	void moneyIsNeitherCreatedNorLostUnderConcurrentConflictingTransfers() throws Exception {
		openAccounts();
		BigDecimal totalBefore = total();

		List<Sent> sent = sendConcurrently();
		retryLaterAndExpectNothingToMove(sent);

		List<Sent> completed = sent.stream().filter(Sent::completed).toList();
		assertThat(sent).hasSize(TRANSFERS);
		assertThat(completed).as("some transfers complete").isNotEmpty().hasSizeLessThan(TRANSFERS);
		assertThat(retriedCompleted.get()).as("retries of keys whose first request succeeded").isPositive();
		assertThat(retriedRefused.get()).as("retries of keys whose first request was refused").isPositive();
		assertThat(total()).as("total of all balances").isEqualByComparingTo(totalBefore);
		Map<String, List<Map<String, Object>>> ledgerByTransfer = ledgersExplainingEveryBalance();
		Set<String> completedIds = new HashSet<>();
		for (Sent transfer : completed) {
			assertThat(completedIds.add(transfer.transferId())).as("one transfer per key").isTrue();
			assertAnsweredAsSent(transfer);
			assertThat(ledgerByTransfer.get(transfer.transferId())).as("entries of " + transfer.transferId())
				.hasSize(2)
				.anySatisfy(entry(transfer, "DEBIT", transfer.from(), transfer.to()))
				.anySatisfy(entry(transfer, "CREDIT", transfer.to(), transfer.from()));
		}
		assertThat(ledgerByTransfer.keySet()).as("no entries but those of completed transfers")
			.containsExactlyInAnyOrderElementsOf(completedIds);
	}

	private void openAccounts() {
		List<String> users = List.of(newUser(), newUser(), newUser());
		users.forEach(user -> clients.put(user, api(user)));
		for (int i = 0; i < ACCOUNTS; i++) {
			String user = users.get(i % users.size());
			ownerOf.put(openAccount(user, "1000.00"), user);
		}
		accounts = List.copyOf(ownerOf.keySet());
	}

	/**
	 * {@code TRANSFERS} random transfers from 16 clients; every tenth retried at once.
	 */
	private List<Sent> sendConcurrently() throws Exception {
		Queue<Sent> sent = new ConcurrentLinkedQueue<>();
		AtomicInteger next = new AtomicInteger();
		inParallel(() -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			while (next.getAndIncrement() < TRANSFERS) {
				Sent transfer = send(random);
				sent.add(transfer);
				if (random.nextInt(10) == 0) {
					retry(transfer);
				}
			}
		});
		return List.copyOf(sent);
	}

	private Sent send(ThreadLocalRandom random) {
		String from = accounts.get(random.nextInt(ACCOUNTS));
		String to = accounts.get((accounts.indexOf(from) + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS);
		BigDecimal amount = BigDecimal.valueOf(random.nextLong(100, 40_000), 2);
		ApiClient client = clients.get(ownerOf.get(from)).header("Idempotency-Key", UUID.randomUUID().toString());
		String body = transferBody(from, to, amount.toPlainString());
		ApiResponse answer = client.post("/v1/transfers", body);
		assertThat(answer.status()).as(answer.body()).isIn(201, 422);
		if (answer.status() == 422) {
			assertThat(answer.<String>json("$.code")).isEqualTo("INSUFFICIENT_FUNDS");
		}
		return new Sent(client, body, from, to, amount, answer);
	}

	private void retry(Sent transfer) {
		transfer.retryAndExpectReplay();
		(transfer.completed() ? retriedCompleted : retriedRefused).incrementAndGet();
	}

	/**
	 * Retries, all at once, refused keys whose transfer the balances would now cover,
	 * completed keys whose transfer would now overdraw, and completed keys that could
	 * simply run again. Had any run twice, a balance would move.
	 */
	private void retryLaterAndExpectNothingToMove(List<Sent> sent) throws Exception {
		Map<String, BigDecimal> balances = balances();
		List<Sent> refusedNowCovered = select(sent, false, true, balances);
		List<Sent> completedNowCovered = select(sent, true, true, balances);
		assertThat(refusedNowCovered).as("refused transfers the balances would now cover").isNotEmpty();
		assertThat(completedNowCovered).as("completed transfers that could run again").isNotEmpty();
		Queue<Sent> retries = new ConcurrentLinkedQueue<>(refusedNowCovered);
		retries.addAll(completedNowCovered);
		retries.addAll(select(sent, true, false, balances));
		inParallel(() -> {
			for (Sent transfer = retries.poll(); transfer != null; transfer = retries.poll()) {
				retry(transfer);
			}
		});
		Map<String, BigDecimal> after = balances();
		accounts.forEach(account -> assertThat(after.get(account)).as("balance of %s after the retries", account)
			.isEqualByComparingTo(balances.get(account)));
	}

	private static List<Sent> select(List<Sent> sent, boolean completed, boolean covered,
			Map<String, BigDecimal> balances) {
		return sent.stream()
			.filter(transfer -> transfer.completed() == completed)
			.filter(transfer -> (balances.get(transfer.from()).compareTo(transfer.amount()) >= 0) == covered)
			.limit(LATE_RETRIES)
			.toList();
	}

	/**
	 * Each account's entries, oldest first, step from its opening balance to its balance
	 * now, each {@code balanceAfter} being the sum so far and never negative.
	 */
	private Map<String, List<Map<String, Object>>> ledgersExplainingEveryBalance() {
		Map<String, List<Map<String, Object>>> byTransfer = new HashMap<>();
		for (String account : accounts) {
			Account stored = account(account);
			List<Map<String, Object>> entries = new ArrayList<>(ledger(clients.get(ownerOf.get(account)), account));
			entries.sort(Comparator.comparing(entry -> Instant.parse((String) entry.get("timestamp"))));
			BigDecimal running = stored.openingBalance();
			for (Map<String, Object> entry : entries) {
				assertThat(entry).containsEntry("accountId", account);
				BigDecimal amount = money(entry.get("amount"));
				running = "CREDIT".equals(entry.get("type")) ? running.add(amount) : running.subtract(amount);
				assertThat(money(entry.get("balanceAfter"))).as("balanceAfter of %s", entry)
					.isEqualByComparingTo(running)
					.isNotNegative();
				byTransfer.computeIfAbsent((String) entry.get("transferId"), id -> new ArrayList<>()).add(entry);
			}
			assertThat(stored.balance()).as("opening balance plus ledger of " + account).isEqualByComparingTo(running);
		}
		return byTransfer;
	}

	private static void assertAnsweredAsSent(Sent transfer) {
		ApiResponse answer = transfer.answer();
		assertThat(answer.header("Location")).isEqualTo("/v1/transfers/" + transfer.transferId());
		assertThat(answer.<String>json("$.fromAccountId")).isEqualTo(transfer.from());
		assertThat(answer.<String>json("$.toAccountId")).isEqualTo(transfer.to());
		assertThat(money(answer.json("$.amount"))).isEqualByComparingTo(transfer.amount());
	}

	/** The transfer's entry on {@code account}: its amount, at the transfer's time. */
	private static Consumer<Map<String, Object>> entry(Sent transfer, String type, String account,
			String counterparty) {
		return entry -> {
			assertThat(entry).containsEntry("type", type)
				.containsEntry("accountId", account)
				.containsEntry("counterpartyAccountId", counterparty);
			assertThat(money(entry.get("amount"))).isEqualByComparingTo(transfer.amount());
			assertThat(Instant.parse((String) entry.get("timestamp")))
				.isEqualTo(Instant.parse(transfer.answer().json("$.createdAt")));
		};
	}

	/** JSON numbers are read as doubles; two decimals must survive the trip exactly. */
	private static BigDecimal money(Object json) {
		return new BigDecimal(json.toString()).setScale(2);
	}

	private Map<String, BigDecimal> balances() {
		Map<String, BigDecimal> balances = new HashMap<>();
		accounts.forEach(account -> balances.put(account, account(account).balance()));
		return balances;
	}

	private BigDecimal total() {
		return balances().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
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

	/** The work on {@code CLIENTS} threads at once, each running it to its end. */
	private static void inParallel(Runnable work) throws Exception {
		List<Future<?>> workers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
			for (int i = 0; i < CLIENTS; i++) {
				workers.add(pool.submit(work));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
	}

}
