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
import com.digitalbank.orders.invoice.InvoiceProperties;
import com.digitalbank.orders.invoice.InvoiceRenderer;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.orders.order.OrdersProperties;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.messaging.EventEnvelope;
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
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: measures the service on this machine, against the in-process local stack,
 * with the production pipeline settings (no test profile). Excluded from {@code verify}
 * by its name; run it with {@code ./mvnw -pl order-service -am test -Pbenchmark}.
 * {@code -Dbenchmark.orders=500 -Dbenchmark.clients=16} change the burst. Results are
 * printed and written to {@code target/benchmark/order-pipeline.md}.
 * <p>
 * The burst is compared with {@link BareOrderIo}, a plain client doing only the I/O an
 * order needs, in the same run (before and after the burst, to see drift), and the
 * {@link IoLedger} says where the burst's time went: calls and time per step and order,
 * and which threads used the CPU.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.root=WARN", "logging.level.com.digitalbank.platform.messaging=ERROR" })
@Import(InstrumentedPipeline.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderPipelineBenchmark {

	private static final int ORDERS = Integer.getInteger("benchmark.orders", 500);

	private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);

	/**
	 * Orders through the whole pipeline before anything is measured. Fewer leave the JIT
	 * compiling the pipeline's code during the burst (it still does some: see the JIT
	 * figures of each part).
	 */
	private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 1500);

	/**
	 * {@code -Dbenchmark.profile=true} records the burst with JFR into {@code burst.jfr}.
	 */
	private static final boolean PROFILE = Boolean.getBoolean("benchmark.profile");

	private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

	private static int invoiceSize;

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

	@Autowired
	IoLedger ledger;

	@Autowired
	JsonItems jsonItems;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	OrdersProperties ordersProperties;

	@Autowired
	InvoiceProperties invoiceProperties;

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
		CpuUsage beforeWarmUp = CpuUsage.now();
		String warmTenant = warmUp();
		CpuUsage afterWarmUp = CpuUsage.now();
		report("Warm-up: %d orders through the pipeline in %.1f s; %s", WARM_UP,
				afterWarmUp.wallSecondsSince(beforeWarmUp), afterWarmUp.jvmThreadsSince(beforeWarmUp));
		try (BareOrderIo bare = new BareOrderIo(LocalStackExtension.stack(), jsonItems, sample(warmTenant))) {
			bare.run(ORDERS, CLIENTS);
			double bareBefore = bare(bare, "before the burst");
			String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 8);
			Profile profile = Profile.startIf(PROFILE);
			CpuUsage cpuBefore = CpuUsage.now();
			ledger.start(ORDERS);
			long start = System.nanoTime();
			burst(tenant, "while the pipeline runs");
			IoLedger.STEPS.forEach(this::awaitStep);
			ledger.stop();
			CpuUsage cpuAfter = CpuUsage.now();
			profile.stop(Path.of("target", "benchmark", "burst.jfr"));
			Duration recorded = sinceStart(start, IoLedger.STEPS.get(0));
			Duration invoiced = sinceStart(start, IoLedger.STEPS.get(1));
			Duration internal = sinceStart(start, IoLedger.STEPS.get(2));
			Duration lastMail = sinceStart(start, IoLedger.STEPS.get(3));
			verifyEveryOrderWentThrough(tenant);
			report("Burst: last order recorded after %.1f s, last invoice stored after %.1f s, last internal e-mail "
					+ "after %.1f s, last customer e-mail after %.1f s (from the first POST)", seconds(recorded),
					seconds(invoiced), seconds(internal), seconds(lastMail));
			double pipeline = ORDERS / seconds(lastMail);
			report("Burst: end-to-end throughput %.1f orders/s (each: 1 record, 1 PDF, 2 e-mails)", pipeline);
			double bareAfter = bare(bare, "after the burst");
			double bareMean = (bareBefore + bareAfter) / 2;
			report("**Ratio pipeline / bare I/O: %.2f** (%.1f orders/s to the last customer e-mail against the bare "
					+ "client's %.1f orders/s, the mean of its runs before and after)", pipeline / bareMean, pipeline,
					bareMean);
			whereTheTimeWent(cpuBefore, cpuAfter);
		}
	}

	/**
	 * Waits for a step to have handled the whole burst. The ledger notes the moment, so
	 * the benchmark does not poll the stand-ins (their work would count as the
	 * pipeline's) while the burst runs.
	 */
	private void awaitStep(String step) {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (ledger.reached(step) == null) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(step + " did not handle the burst within 10 minutes");
			}
			pause(Duration.ofMillis(20));
		}
	}

	private Duration sinceStart(long start, String step) {
		return Duration.ofNanos(ledger.reached(step) - start);
	}

	/**
	 * Afterwards, what the burst left in the stand-ins: every order, invoice and e-mail.
	 */
	private void verifyEveryOrderWentThrough(String tenant) {
		until(Instant.now(), () -> customerMails(tenant));
		until(Instant.now(), () -> internalMails(tenant));
		until(Instant.now(), () -> invoices(tenant));
		until(Instant.now(), () -> recordedOrders(tenant));
	}

	private double bare(BareOrderIo bare, String when) throws Exception {
		CpuUsage before = CpuUsage.now();
		Duration took = bare.run(ORDERS, CLIENTS);
		CpuUsage after = CpuUsage.now();
		report("Bare I/O %s: %d orders (4 SQS hops, 1 PutItem, 1 S3 put of %d KB, 2 SMTP sends each) from %d threads "
				+ "in %.1f s = %.1f orders/s; CPU %.1f ms per order (%.2f of %d cores busy), GC %d ms, JIT %d ms; "
				+ "%s; by thread: %s", when, ORDERS, invoiceSize / 1024, CLIENTS, seconds(took), ORDERS / seconds(took),
				after.processSecondsSince(before) * 1000 / ORDERS,
				after.processSecondsSince(before) / after.wallSecondsSince(before),
				Runtime.getRuntime().availableProcessors(), after.gcMillisSince(before), after.jitMillisSince(before),
				after.jvmThreadsSince(before), after.topFamiliesSince(before, 6));
		return ORDERS / seconds(took);
	}

	/** The burst's calls and CPU per order, step by step. */
	private void whereTheTimeWent(CpuUsage before, CpuUsage after) {
		double cpu = after.processSecondsSince(before);
		report("Burst CPU: %.1f CPU-s over %.1f s = %.2f of %d cores busy, %.1f ms per order, GC %d ms, JIT %d ms; "
				+ "%s; by thread: %s", cpu, after.wallSecondsSince(before), cpu / after.wallSecondsSince(before),
				Runtime.getRuntime().availableProcessors(), cpu * 1000 / ORDERS, after.gcMillisSince(before),
				after.jitMillisSince(before), after.jvmThreadsSince(before), after.topFamiliesSince(before, 10));
		REPORT.add("");
		REPORT.add("Per order in the burst (calls per order, mean time per call in brackets):");
		REPORT.add("");
		REPORT.addAll(ledger.table(ORDERS));
		REPORT.add("");
	}

	/**
	 * One order of the warm-up as the bare client's model: its events, invoice and
	 * e-mails.
	 */
	private BareOrderIo.Sample sample(String warmTenant) {
		Order order = TestOrders.order(pricing, warmTenant, Instant.now(), 1);
		String submitted = jsonMapper.writeValueAsString(new EventEnvelope<>(EventEnvelope.CURRENT_VERSION,
				UUID.randomUUID().toString(), OrderPipeline.ORDER_SUBMITTED, UUID.randomUUID().toString(),
				Instant.now(), "order-service", "bench-user", warmTenant, order));
		String later = jsonMapper.writeValueAsString(new EventEnvelope<>(EventEnvelope.CURRENT_VERSION,
				UUID.randomUUID().toString(), OrderPipeline.ORDER_RECORDED, UUID.randomUUID().toString(), Instant.now(),
				"order-service", "bench-user", warmTenant,
				Map.of("tenantId", warmTenant, "orderId", order.orderId(), "orderNumber", order.orderNumber())));
		byte[] invoice = renderer.render(order);
		invoiceSize = invoice.length;
		MimeMessage customer = Arrays.stream(LocalStackExtension.stack().mail().getReceivedMessages())
			.filter(message -> recipients(message).contains("@" + warmTenant + ".example.com"))
			.findFirst()
			.orElseThrow();
		MimeMessage internal = Arrays.stream(LocalStackExtension.stack().mail().getReceivedMessages())
			.filter(message -> subject(message).contains("(" + warmTenant + ")"))
			.findFirst()
			.orElseThrow();
		return new BareOrderIo.Sample(ordersProperties.table(), invoiceProperties.bucket(), order, submitted, later,
				invoice, internal, customer);
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
	private String warmUp() {
		String tenant = "warm-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient client = ApiClient.on(port).as("bench-user", tenant);
		for (int i = 0; i < WARM_UP; i++) {
			client.post("/v1.0/orders",
					OrderRequests.json(OrderRequests.valid("w" + i + "@" + tenant + ".example.com")));
		}
		until(Instant.now(), () -> customerMails(tenant) >= WARM_UP && internalMails(tenant) >= WARM_UP ? ORDERS : 0);
		return tenant;
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
		pause(Duration.ofMillis(250));
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
