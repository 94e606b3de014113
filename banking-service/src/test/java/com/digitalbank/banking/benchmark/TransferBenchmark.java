package com.digitalbank.banking.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: run it by name (see the README). Measures transfers per second and latency
 * through the REST API at 16 concurrent clients against the same number of raw 6-item
 * {@code TransactWriteItems} on the same DynamoDB Local in the same run, in alternating
 * rounds so that a noisy moment on a shared machine does not decide the ratio, and market
 * ticks per second through the listener. Results go to stdout and
 * target/benchmark-banking.txt.
 */
class TransferBenchmark extends BankingIntegrationTest {

	private static final int CLIENTS = 16;

	private static final int ACCOUNTS = 10;

	private static final int TRANSFERS = Integer.getInteger("benchmark.transfers", 2000);

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);

	private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 1000);

	private static final int TICKS = Integer.getInteger("benchmark.ticks", 2000);

	@Autowired
	DynamoDbClient dynamoDb;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	MeterRegistry meters;

	private final StringBuilder report = new StringBuilder();

	@Test
	void benchmark() throws Exception {
		warmUp();
		List<Double> ratios = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			line("round %d of %d", round, ROUNDS);
			double raw = rawTransactions();
			double service = restTransfers();
			ratios.add(service / raw);
			line("  ratio service/raw: %.2f", service / raw);
		}
		line("group commit: %.1f transfers per transaction on average, %.0f transactions, %.0f conflicts",
				meters.get("banking.transfers.batch.size").summary().mean(),
				(double) meters.get("banking.transfers.batch.size").summary().count(),
				meters.get("banking.transfers.conflicts").counter().count());
		ratios.sort(null);
		line("ratio service/raw, median of %d rounds: %.2f", ROUNDS, ratios.get(ROUNDS / 2));
		ticks();
		Files.writeString(Path.of("target/benchmark-banking.txt"), report.toString());
	}

	/** Both paths, so neither round starts on code the JIT has not seen. */
	private void warmUp() throws Exception {
		String user = newUser();
		List<String> accounts = accounts(user);
		ApiClient client = api(user);
		run(WARM_UP, i -> transfer(client, accounts));
		List<String> rawAccounts = accounts(newUser());
		run(WARM_UP, i -> rawTransfer(rawAccounts, new AtomicInteger()));
	}

	private double restTransfers() throws Exception {
		String user = newUser();
		List<String> accounts = accounts(user);
		ApiClient client = api(user);
		Timing timing = timed(() -> transfer(client, accounts));
		line("  REST transfers: %s (16 clients, 10 accounts)", timing);
		return timing.perSecond();
	}

	private static void transfer(ApiClient client, List<String> accounts) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int from = random.nextInt(ACCOUNTS);
		int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
		ApiResponse response = client.header("Idempotency-Key", UUID.randomUUID().toString())
			.post("/v1/transfers", transferBody(accounts.get(from), accounts.get(to), "1.00"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	/**
	 * The same six items per transfer, as in-place updates with a funds condition and no
	 * read.
	 */
	private double rawTransactions() throws Exception {
		List<String> accounts = accounts(newUser());
		AtomicInteger conflicts = new AtomicInteger();
		Timing timing = timed(() -> rawTransfer(accounts, conflicts));
		line("  raw TransactWriteItems: %s, %d conflicts retried", timing, conflicts.get());
		return timing.perSecond();
	}

	/** Throughput and latency of {@code TRANSFERS} runs of one transfer. */
	private record Timing(double seconds, long[] sortedLatencies) {

		double perSecond() {
			return sortedLatencies.length / seconds;
		}

		@Override
		public String toString() {
			int count = sortedLatencies.length;
			return String.format("%d in %.1f s = %.0f/s, p50 %.0f ms, p99 %.0f ms", count, seconds, perSecond(),
					sortedLatencies[count / 2] / 1e6, sortedLatencies[count * 99 / 100] / 1e6);
		}

	}

	private static Timing timed(Runnable transfer) throws Exception {
		long[] latencies = new long[TRANSFERS];
		long started = System.nanoTime();
		run(TRANSFERS, i -> {
			long t0 = System.nanoTime();
			transfer.run();
			latencies[i] = System.nanoTime() - t0;
		});
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);
		return new Timing(seconds, latencies);
	}

	private void rawTransfer(List<String> accounts, AtomicInteger conflicts) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int from = random.nextInt(ACCOUNTS);
		int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
		String id = UUID.randomUUID().toString();
		String now = Instant.now().toString();
		List<TransactWriteItem> items = List.of(balance(accounts.get(from), "-1.00", true),
				balance(accounts.get(to), "1.00", false), put("bank-transfers", Map.of("transferId", s(id))),
				put("bank-ledger", Map.of("accountId", s(accounts.get(from)), "entryKey", s(now + "#d" + id))),
				put("bank-ledger", Map.of("accountId", s(accounts.get(to)), "entryKey", s(now + "#c" + id))),
				put("idempotency", Map.of("id", s("raw#" + id), "expiresAt", AttributeValue.fromN("9999999999"))));
		while (true) {
			try {
				dynamoDb.transactWriteItems(request -> request.transactItems(items));
				return;
			}
			catch (TransactionCanceledException ex) {
				conflicts.incrementAndGet();
			}
		}
	}

	private void ticks() throws Exception {
		String url = sqs.getQueueUrl(r -> r.queueName("market-data")).join().queueUrl();
		String symbol = "BENCH" + ThreadLocalRandom.current().nextInt(1000, 9999);
		Instant base = Instant.now();
		long started = System.nanoTime();
		List<SendMessageBatchRequestEntry> batch = new ArrayList<>();
		for (int i = 0; i < TICKS; i++) {
			String price = i % 4 == 0 ? "151.00" : "100.00";
			batch.add(SendMessageBatchRequestEntry.builder()
				.id("t" + i)
				.messageBody("{\"symbol\":\"" + symbol + "\",\"price\":" + price + ",\"timestamp\":\""
						+ base.plusMillis(i) + "\"}")
				.build());
			if (batch.size() == 10) {
				List<SendMessageBatchRequestEntry> entries = List.copyOf(batch);
				sqs.sendMessageBatch(r -> r.queueUrl(url).entries(entries)).join();
				batch.clear();
			}
		}
		while (inFlight(url) > 0 && System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
			Thread.sleep(100);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		line("market ticks: %d (1 in 4 an alert) sent and processed in %.1f s = %.0f ticks/s", TICKS, seconds,
				TICKS / seconds);
	}

	private int inFlight(String url) {
		Map<QueueAttributeName, String> attributes = sqs
			.getQueueAttributes(r -> r.queueUrl(url)
				.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
			.join()
			.attributes();
		return attributes.values().stream().mapToInt(Integer::parseInt).sum();
	}

	private List<String> accounts(String user) {
		List<String> accounts = new ArrayList<>();
		for (int i = 0; i < ACCOUNTS; i++) {
			accounts.add(openAccount(user, "10000000.00"));
		}
		return accounts;
	}

	private static TransactWriteItem balance(String accountId, String delta, boolean debit) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":delta", AttributeValue.fromN(delta));
		values.put(":one", AttributeValue.fromN("1"));
		Update.Builder update = Update.builder()
			.tableName("bank-accounts")
			.key(Map.of("accountId", s(accountId)))
			.updateExpression("SET #balance = #balance + :delta, #version = #version + :one")
			.expressionAttributeNames(Map.of("#balance", "balance", "#version", "version"));
		if (debit) {
			update.conditionExpression("#balance >= :amount");
			values.put(":amount", AttributeValue.fromN(delta.substring(1)));
		}
		return TransactWriteItem.builder().update(update.expressionAttributeValues(values).build()).build();
	}

	private static TransactWriteItem put(String table, Map<String, AttributeValue> item) {
		return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build();
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	private static void run(int count, IntConsumer task) throws Exception {
		AtomicInteger next = new AtomicInteger();
		List<Future<?>> workers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
			for (int c = 0; c < CLIENTS; c++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						task.accept(i);
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
	}

	private void line(String format, Object... args) {
		String text = String.format(format, args);
		System.out.println("BENCHMARK " + text);
		report.append(text).append('\n');
	}

}
