package com.digitalbank.orders.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import com.digitalbank.orders.OrderRequests;
import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.invoice.InvoiceRenderer;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.LocalStackExtension;
import com.digitalbank.platform.test.WithLocalStack;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import io.awspring.cloud.sqs.listener.MessageListenerContainer;
import io.awspring.cloud.sqs.listener.MessageListenerContainerRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Not a test: measures the service on this machine, against the in-process local stack,
 * with the production pipeline settings (no test profile). Excluded from {@code verify}
 * by its name; run it with
 * {@code ./mvnw -o -pl order-service test -Dtest=OrderPipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * {@code -Dbenchmark.orders=500 -Dbenchmark.clients=16} change the burst. Results are
 * printed and written to {@code target/benchmark/order-pipeline.md}.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.root=WARN", "logging.level.com.digitalbank.platform.messaging=ERROR" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderPipelineBenchmark {

	private static final int ORDERS = Integer.getInteger("benchmark.orders", 500);

	private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);

	private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 100);

	private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

	@LocalServerPort
	int port;

	@Autowired
	InvoiceRenderer renderer;

	@Autowired
	OrderPricing pricing;

	@Autowired
	DynamoDbClient dynamoDb;

	@Autowired
	S3Client s3;

	@Autowired
	MessageListenerContainerRegistry listeners;

	@Test
	@org.junit.jupiter.api.Order(1)
	void invoiceRenderTime() throws IOException {
		for (int items : List.of(1, 200)) {
			Order order = TestOrders.order(pricing, "bench", Instant.now(), items);
			int runs = items == 1 ? 200 : 30;
			for (int i = 0; i < runs / 2; i++) {
				renderer.render(order);
			}
			long[] nanos = new long[runs];
			byte[] pdf = null;
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				pdf = renderer.render(order);
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			report("Invoice render, %d item(s): mean %.1f ms, p50 %.1f ms, p95 %.1f ms over %d renders "
					+ "(%d pages, %d KB)", items, Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[runs / 2] / 1e6,
					nanos[(int) (runs * 0.95)] / 1e6, runs, new PdfReader(pdf).getNumberOfPages(), pdf.length / 1024);
		}
	}

	@Test
	@org.junit.jupiter.api.Order(2)
	void burstOfOrders() throws Exception {
		warmUp();
		String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 8);
		Instant start = Instant.now();
		burst(tenant, "while the pipeline runs");
		report("Burst: last order recorded after %.1f s, last invoice stored after %.1f s, last internal e-mail "
				+ "after %.1f s, last customer e-mail after %.1f s (from the first POST)",
				seconds(until(start, () -> recordedOrders(tenant))), seconds(until(start, () -> invoices(tenant))),
				seconds(until(start, () -> internalMails(tenant))), seconds(until(start, () -> customerMails(tenant))));
		report("Burst: end-to-end throughput %.1f orders/s (each: 1 record, 1 PDF, 2 e-mails)",
				ORDERS / seconds(Duration.between(start, Instant.now())));
	}

	@Test
	@org.junit.jupiter.api.Order(3)
	void burstWhileThePipelineIsPaused() throws Exception {
		String tenant = "paused-" + UUID.randomUUID().toString().substring(0, 8);
		listeners.getListenerContainers().forEach(MessageListenerContainer::stop);
		try {
			burst(tenant, "with the pipeline paused (the API alone)");
		}
		finally {
			listeners.getListenerContainers().forEach(MessageListenerContainer::start);
		}
		Instant resumed = Instant.now();
		Duration drained = until(resumed, () -> customerMails(tenant));
		report("Backlog of %d queued orders worked off in %.1f s after the pipeline resumed = %.1f orders/s", ORDERS,
				seconds(drained), ORDERS / seconds(drained));
	}

	private void burst(String tenant, String condition) throws Exception {
		String domain = tenant + ".example.com";
		ApiClient client = ApiClient.on(port).as("bench-user", tenant);
		long[] latencies = new long[ORDERS];
		Instant start = Instant.now();
		int accepted = 0;
		try (ExecutorService senders = Executors.newFixedThreadPool(CLIENTS)) {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < ORDERS; i++) {
				int index = i;
				results.add(senders.submit(() -> {
					long begin = System.nanoTime();
					ApiResponse response = client.post("/v1.0/orders",
							OrderRequests.json(OrderRequests.valid("c" + index + "@" + domain)));
					latencies[index] = System.nanoTime() - begin;
					return response.status();
				}));
			}
			for (Future<Integer> result : results) {
				accepted += result.get() == 202 ? 1 : 0;
			}
		}
		Duration acceptance = Duration.between(start, Instant.now());
		Arrays.sort(latencies);
		report("Burst %s: %d orders from %d concurrent clients, %d answered 202 in %.2f s = %.0f orders/s "
				+ "accepted (POST latency p50 %.0f ms, p95 %.0f ms, max %.0f ms)", condition, ORDERS, CLIENTS, accepted,
				seconds(acceptance), accepted / seconds(acceptance), latencies[ORDERS / 2] / 1e6,
				latencies[(int) (ORDERS * 0.95)] / 1e6, latencies[ORDERS - 1] / 1e6);
	}

	private static long customerMails(String tenant) {
		return mails(message -> recipients(message).contains("@" + tenant + ".example.com"));
	}

	private static long internalMails(String tenant) {
		return mails(message -> subject(message).contains("(" + tenant + ")"));
	}

	@AfterAll
	static void write() throws IOException {
		Path file = Path.of("target", "benchmark", "order-pipeline.md");
		Files.createDirectories(file.getParent());
		Runtime runtime = Runtime.getRuntime();
		String machine = String.format("Machine: %d cores, JDK %s, max heap %d MB%n", runtime.availableProcessors(),
				System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024));
		Files.writeString(file, machine + String.join(System.lineSeparator(), REPORT) + System.lineSeparator());
		System.out.println(machine + String.join(System.lineSeparator(), REPORT));
	}

	/**
	 * A few orders through the whole pipeline first, so the burst does not measure class
	 * loading.
	 */
	private void warmUp() {
		String tenant = "warm-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient client = ApiClient.on(port).as("bench-user", tenant);
		for (int i = 0; i < WARM_UP; i++) {
			client.post("/v1.0/orders",
					OrderRequests.json(OrderRequests.valid("w" + i + "@" + tenant + ".example.com")));
		}
		until(Instant.now(), () -> customerMails(tenant) >= WARM_UP ? ORDERS : 0);
	}

	private static Duration until(Instant start, LongSupplier count) {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (count.getAsLong() < ORDERS) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The pipeline did not finish within 10 minutes");
			}
			sleep();
		}
		return Duration.between(start, Instant.now());
	}

	private long recordedOrders(String tenant) {
		long count = 0;
		Map<String, AttributeValue> startKey = null;
		do {
			var exclusiveStart = startKey;
			var response = dynamoDb.query(query -> query.tableName("orders")
				.indexName("OrdersByDateIndex")
				.keyConditionExpression("GSI1PK = :pk")
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("TENANT#" + tenant)))
				.select(Select.COUNT)
				.exclusiveStartKey(exclusiveStart));
			count += response.count();
			startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
					? response.lastEvaluatedKey() : null;
		}
		while (startKey != null);
		return count;
	}

	private long invoices(String tenant) {
		return s3.listObjectsV2Paginator(list -> list.bucket("orders-invoices").prefix("invoices/" + tenant + "/"))
			.contents()
			.stream()
			.count();
	}

	private static long mails(Predicate<MimeMessage> filter) {
		return Arrays.stream(LocalStackExtension.stack().mail().getReceivedMessages()).filter(filter).count();
	}

	private static String recipients(MimeMessage message) {
		try {
			Address[] all = message.getAllRecipients();
			return all == null ? "" : Arrays.toString(all);
		}
		catch (MessagingException ex) {
			return "";
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			return "";
		}
	}

	private static void report(String format, Object... arguments) {
		REPORT.add("- " + String.format(Locale.ROOT, format, arguments));
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
