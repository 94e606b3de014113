package com.digitalbank.banking.benchmark;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.banking.SqsOutage;
import com.digitalbank.banking.account.AccountProperties;
import com.digitalbank.banking.history.HistoryProperties;
import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.platform.idempotency.IdempotencyProperties;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not a test: run it with {@code ./mvnw -pl banking-service -am test -Pbenchmark} (see
 * the README). Makes the same kind of transfers three ways, 16 concurrent clients on 10
 * fresh accounts each time, on the same DynamoDB Local in the same run:
 * <ul>
 * <li><b>service</b>: {@code POST /v1/transfers} with a JWT and an
 * {@code Idempotency-Key}, through the filter chain, the writer's group commit and the
 * {@code TRANSFER_COMPLETED} events;</li>
 * <li><b>raw</b>: one bare six-item {@code TransactWriteItems} per transfer
 * ({@link BareTransfers}), no service code;</li>
 * <li><b>raw+outbox</b>: the same, each transfer record carrying its event through the
 * platform's outbox and the event sent after the commit: what the outbox adds;</li>
 * <li><b>ceiling</b>: the same bare items, up to 16 transfers per transaction from one
 * writer thread fed by the 16 clients ({@link CeilingWriter}): what the store allows a
 * group-committing writer.</li>
 * </ul>
 * Each round runs the three paths one after another, a different one first in each round,
 * and the service's path ends only when its events have all reached the events queue
 * ({@code banking-events}), so no path is measured while the previous one's work still
 * runs. Ratios are the median of the rounds' ratios. Then market ticks per second through
 * the listener. Results go to stdout and target/benchmark-banking.txt.
 */
class TransferBenchmark extends BankingIntegrationTest {

	private static final int CLIENTS = 16;

	private static final int ACCOUNTS = 10;

	private static final int TRANSFERS = Integer.getInteger("benchmark.transfers", 2000);

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);

	private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 1000);

	private static final int TICKS = Integer.getInteger("benchmark.ticks", 2000);

	private static final int RELAYED = Integer.getInteger("benchmark.relayed", 2000);

	private static final BigDecimal AMOUNT = new BigDecimal("1.00");

	private static final String RAW_EVENTS_QUEUE = "banking-benchmark-events";

	private enum Way {

		SERVICE, RAW, RAW_OUTBOX, CEILING

	}

	/** One path's run: its timing and how many transfers each transaction held. */
	private record Result(Timing timing, double transfersPerTransaction) {
	}

	@Autowired
	DynamoDbClient dynamoDb;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	MeterRegistry meters;

	@Autowired
	AccountProperties accountProperties;

	@Autowired
	HistoryProperties historyProperties;

	@Autowired
	TransferProperties transferProperties;

	@Autowired
	IdempotencyProperties idempotencyProperties;

	@Autowired
	Outbox outbox;

	@Autowired
	SqsOutage sqsOutage;

	private final StringBuilder report = new StringBuilder();

	@Test
	void benchmark() throws Exception {
		line("warm-up: %d transfers each way", WARM_UP);
		for (Way way : Way.values()) {
			run(way, WARM_UP);
		}
		List<Map<Way, Result>> rounds = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			line("round %d of %d", round + 1, ROUNDS);
			Map<Way, Result> results = new EnumMap<>(Way.class);
			for (int i = 0; i < Way.values().length; i++) {
				Way way = Way.values()[(round + i) % Way.values().length];
				results.put(way, run(way, TRANSFERS));
			}
			line("  ratio service/raw %.2f, service/ceiling %.2f", ratio(results, Way.RAW),
					ratio(results, Way.CEILING));
			rounds.add(results);
		}
		summarize(rounds);
		relay();
		ticks();
		Files.writeString(Path.of("target/benchmark-banking.txt"), report.toString());
	}

	private Result run(Way way, int transfers) throws Exception {
		return switch (way) {
			case SERVICE -> service(transfers);
			case RAW -> raw(transfers, bareTransfers(), "raw");
			case RAW_OUTBOX -> raw(transfers, bareTransfersWithEvents(), "raw+outbox");
			case CEILING -> ceiling(transfers);
		};
	}

	private Result service(int transfers) throws Exception {
		String user = newUser();
		List<String> accounts = accounts(user);
		ApiClient client = api(user);
		DistributionSummary batches = meters.get("banking.transfers.batch.size").summary();
		long transactionsBefore = batches.count();
		double transfersBefore = batches.totalAmount();
		int eventsBefore = messagesIn(transferProperties.eventsQueue());
		Timing timing = timed(transfers, () -> transfer(client, accounts));
		long lastAnswer = System.nanoTime();
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> messagesIn(transferProperties.eventsQueue()) >= eventsBefore + transfers);
		double perTransaction = (batches.totalAmount() - transfersBefore) / (batches.count() - transactionsBefore);
		line("  service  %s, %.1f transfers per transaction, its events all queued %.2f s after the last answer",
				timing, perTransaction, (System.nanoTime() - lastAnswer) / 1e9);
		return new Result(timing, perTransaction);
	}

	private static void transfer(ApiClient client, List<String> accounts) {
		int[] pair = randomPair();
		ApiResponse response = client.header("Idempotency-Key", UUID.randomUUID().toString())
			.post("/v1/transfers", transferBody(accounts.get(pair[0]), accounts.get(pair[1]), AMOUNT.toPlainString()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private Result raw(int transfers, BareTransfers bare, String name) throws Exception {
		List<String> accounts = accounts(newUser());
		AtomicInteger cancellations = new AtomicInteger();
		Timing timing = timed(transfers, () -> cancellations.addAndGet(bare.commit(List.of(move(accounts)))));
		line("  %-8s %s, 1 transfer per transaction, %d cancellations retried", name, timing, cancellations.get());
		return new Result(timing, 1);
	}

	private Result ceiling(int transfers) throws Exception {
		List<String> accounts = accounts(newUser());
		CeilingWriter writer = new CeilingWriter(bareTransfers());
		Timing timing;
		try (writer) {
			timing = timed(transfers, () -> writer.transfer(move(accounts)));
		}
		line("  ceiling  %s, %.1f transfers per transaction, %d cancellations retried", timing,
				writer.transfersPerTransaction(), writer.cancellations());
		return new Result(timing, writer.transfersPerTransaction());
	}

	private BareTransfers bareTransfers() {
		return new BareTransfers(dynamoDb, new BareTransfers.Tables(accountProperties.table(),
				historyProperties.table(), transferProperties.table(), idempotencyProperties.table()));
	}

	/**
	 * Bare transfers whose records carry their event, sent after each commit to a queue
	 * of their own (so that the service's run counts only its own events).
	 */
	private BareTransfers bareTransfersWithEvents() {
		sqs.createQueue(r -> r.queueName(RAW_EVENTS_QUEUE)).join();
		return new BareTransfers(dynamoDb, new BareTransfers.Tables(accountProperties.table(),
				historyProperties.table(), transferProperties.table(), idempotencyProperties.table()), outbox,
				RAW_EVENTS_QUEUE);
	}

	private static BareTransfers.Move move(List<String> accounts) {
		int[] pair = randomPair();
		return new BareTransfers.Move(accounts.get(pair[0]), accounts.get(pair[1]), AMOUNT);
	}

	private static int[] randomPair() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int from = random.nextInt(ACCOUNTS);
		return new int[] { from, (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS };
	}

	private static double ratio(Map<Way, Result> results, Way baseline) {
		return ratio(results, Way.SERVICE, baseline);
	}

	private static double ratio(Map<Way, Result> results, Way way, Way baseline) {
		return results.get(way).timing().perSecond() / results.get(baseline).timing().perSecond();
	}

	private static double added(Map<Way, Result> results, int percentile) {
		return results.get(Way.RAW_OUTBOX).timing().percentileMillis(percentile)
				- results.get(Way.RAW).timing().percentileMillis(percentile);
	}

	private void summarize(List<Map<Way, Result>> rounds) {
		line("summary of %d rounds of %d transfers (min-max):", ROUNDS, TRANSFERS);
		for (Way way : Way.values()) {
			line("  %-8s %s/s, p50 %s ms, p99 %s ms, %s transfers per transaction", way.name().toLowerCase(),
					range(rounds, way, r -> r.timing().perSecond(), "%.0f"),
					range(rounds, way, r -> r.timing().percentileMillis(50), "%.0f"),
					range(rounds, way, r -> r.timing().percentileMillis(99), "%.0f"),
					range(rounds, way, Result::transfersPerTransaction, "%.1f"));
		}
		line("ratio service/raw, median of %d rounds: %.2f", ROUNDS, median(rounds, r -> ratio(r, Way.RAW)));
		line("ratio service/ceiling, median of %d rounds: %.2f", ROUNDS, median(rounds, r -> ratio(r, Way.CEILING)));
		line("outbox: recording each transfer's event adds %.1f ms at p50 and %.1f ms at p99 (raw+outbox - raw, median "
				+ "of %d rounds); throughput raw+outbox/raw %.2f", median(rounds, r -> added(r, 50)),
				median(rounds, r -> added(r, 99)), ROUNDS, median(rounds, r -> ratio(r, Way.RAW_OUTBOX, Way.RAW)));
		line("service conflicts since start-up: %.0f", meters.get("banking.transfers.conflicts").counter().count());
	}

	private static String range(List<Map<Way, Result>> rounds, Way way, ToDoubleFunction<Result> value, String format) {
		double[] values = rounds.stream().mapToDouble(round -> value.applyAsDouble(round.get(way))).sorted().toArray();
		return String.format(format + "-" + format, values[0], values[values.length - 1]);
	}

	private static double median(List<Map<Way, Result>> rounds, ToDoubleFunction<Map<Way, Result>> value) {
		double[] values = rounds.stream().mapToDouble(value).sorted().toArray();
		return values[values.length / 2];
	}

	/** Throughput and latency of a run of transfers. */
	private record Timing(double seconds, long[] sortedLatencies) {

		double perSecond() {
			return sortedLatencies.length / seconds;
		}

		double percentileMillis(int percentile) {
			return sortedLatencies[sortedLatencies.length * percentile / 100] / 1e6;
		}

		@Override
		public String toString() {
			return String.format("%d in %.1f s = %.0f/s, p50 %.0f ms, p99 %.0f ms", sortedLatencies.length, seconds,
					perSecond(), percentileMillis(50), percentileMillis(99));
		}

	}

	private static Timing timed(int count, Runnable transfer) throws Exception {
		long[] latencies = new long[count];
		long started = System.nanoTime();
		run(count, i -> {
			long t0 = System.nanoTime();
			transfer.run();
			latencies[i] = System.nanoTime() - t0;
		});
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);
		return new Timing(seconds, latencies);
	}

	/**
	 * Transfers made while SQS refuses every send leave their events to the relay; once
	 * SQS is back, the time until the last of them is queued gives the relay's rate.
	 */
	private void relay() throws Exception {
		String user = newUser();
		List<String> accounts = accounts(user);
		ApiClient client = api(user);
		int eventsBefore = messagesIn(transferProperties.eventsQueue());
		sqsOutage.begin();
		try {
			timed(RELAYED, () -> transfer(client, accounts));
			await().atMost(Duration.ofMinutes(1))
				.until(() -> meters.get("outbox.events.waiting").gauge().value() >= RELAYED);
		}
		finally {
			sqsOutage.end();
		}
		long started = System.nanoTime();
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> messagesIn(transferProperties.eventsQueue()) >= eventsBefore + RELAYED);
		double seconds = (System.nanoTime() - started) / 1e9;
		line("outbox relay: %d events left by an SQS outage queued %.1f s after it ended = %.0f events/s "
				+ "(one instance, its poll interval included)", RELAYED, seconds, RELAYED / seconds);
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
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> messagesIn("market-data") == 0);
		double seconds = (System.nanoTime() - started) / 1e9;
		line("market ticks: %d (1 in 4 an alert) sent and processed in %.1f s = %.0f ticks/s", TICKS, seconds,
				TICKS / seconds);
	}

	/** Visible, in flight or delayed: every message of the queue not yet deleted. */
	private int messagesIn(String queue) {
		String url = sqs.getQueueUrl(r -> r.queueName(queue)).join().queueUrl();
		return sqs
			.getQueueAttributes(r -> r.queueUrl(url)
				.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
			.join()
			.attributes()
			.values()
			.stream()
			.mapToInt(Integer::parseInt)
			.sum();
	}

	private List<String> accounts(String user) {
		List<String> accounts = new ArrayList<>();
		for (int i = 0; i < ACCOUNTS; i++) {
			accounts.add(openAccount(user, "10000000.00"));
		}
		return accounts;
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
