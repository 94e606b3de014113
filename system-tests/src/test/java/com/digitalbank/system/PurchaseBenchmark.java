package com.digitalbank.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.digitalbank.localstack.LocalAwsStack;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.LocalStackExtension;
import com.digitalbank.platform.test.WithLocalStack;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Purchases per second from the request to {@code CONFIRMED}, 16 clients, banking and the
 * marketplace each in its own JVM (full JIT) on one local stack; against a bare client
 * doing a purchase's essential I/O without the saga (reserve: one conditional
 * transaction; pay: banking's {@code POST /v1/payments} as the marketplace; confirm: one
 * update), in the same run, on the same product, accounts and banking. Not a test: run
 * with {@code ./mvnw -pl system-tests -am verify -Pbenchmark -Dtest=PurchaseBenchmark}
 * (naming it keeps the services' own benchmarks, which {@code -am} builds, from running);
 * the table goes to {@code system-tests/target/benchmark/purchases.md}.
 */
@WithLocalStack
class PurchaseBenchmark {

	private static final int CLIENTS = 16;

	private static final int WARM_UP = 320;

	private static final int PER_ROUND = 800;

	private static final int ROUNDS = 2;

	private static final String PRODUCT = "prd-benchmark-01";

	private static final String BARE_TABLE = "purchase-benchmark-bare";

	/** Buyers whose accounts a 1.00 purchase never empties in this run. */
	private static final List<String[]> BUYERS = List.of(new String[] { "user-123", "acc-123-checking" },
			new String[] { "user-123", "acc-123-savings" }, new String[] { "user-456", "acc-456-checking" },
			new String[] { "user-456", "acc-456-savings" }, new String[] { "user-789", "acc-789-checking" });

	private static final List<String> FULL_JIT = List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC");

	private static ServiceProcess banking;

	private static ServiceProcess marketplace;

	private static DynamoDbClient dynamoDb;

	private static SqsClient sqs;

	private static final Map<String, CompletableFuture<Long>> confirmations = new ConcurrentHashMap<>();

	private static final AtomicBoolean listening = new AtomicBoolean(true);

	@BeforeAll
	static void services() {
		LocalAwsStack stack = LocalStackExtension.stack();
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create(LocalAwsStack.ACCESS_KEY, LocalAwsStack.SECRET_KEY));
		dynamoDb = DynamoDbClient.builder()
			.endpointOverride(URI.create(stack.dynamoDbEndpoint()))
			.region(Region.of(LocalAwsStack.REGION))
			.credentialsProvider(credentials)
			.build();
		sqs = SqsClient.builder()
			.endpointOverride(URI.create(stack.sqsEndpoint()))
			.region(Region.of(LocalAwsStack.REGION))
			.credentialsProvider(credentials)
			.build();
		banking = ServiceProcess.start("banking-service", ServiceProcess.freePort(), FULL_JIT);
		marketplace = ServiceProcess.start("marketplace-service", ServiceProcess.freePort(), FULL_JIT,
				"--marketplace.banking-url=" + banking.baseUrl());
		addBenchmarkProduct();
		dynamoDb.createTable(create -> create.tableName(BARE_TABLE)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(AttributeDefinition.builder()
				.attributeName("purchaseId")
				.attributeType(ScalarAttributeType.S)
				.build())
			.keySchema(KeySchemaElement.builder().attributeName("purchaseId").keyType(KeyType.HASH).build()));
		Thread.ofVirtual().name("confirmations").start(PurchaseBenchmark::listenForConfirmations);
	}

	@AfterAll
	static void stop() {
		listening.set(false);
		for (AutoCloseable closeable : new AutoCloseable[] { marketplace, banking, sqs, dynamoDb }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				// Stopping: the next one must still stop.
			}
		}
	}

	@Test
	void purchasesPerSecondThroughTheSagaAgainstABareClient() throws Exception {
		run(new Saga(), WARM_UP);
		run(new Bare(), WARM_UP);
		List<Round> saga = new ArrayList<>();
		List<Round> bare = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			// Alternate which goes first, so neither always runs on a warmer machine.
			if (round % 2 == 0) {
				saga.add(run(new Saga(), PER_ROUND));
				bare.add(run(new Bare(), PER_ROUND));
			}
			else {
				bare.add(run(new Bare(), PER_ROUND));
				saga.add(run(new Saga(), PER_ROUND));
			}
		}
		report(saga, bare);
	}

	/** One way of making a purchase, from its start to its confirmation. */
	private interface Way {

		String name();

		/** Answers once the purchase is confirmed; fails the benchmark otherwise. */
		void purchase(int index) throws Exception;

	}

	/** Through the marketplace's API and saga: 202, then the confirmed event. */
	private static final class Saga implements Way {

		@Override
		public String name() {
			return "saga";
		}

		@Override
		public void purchase(int index) throws Exception {
			String[] buyer = BUYERS.get(index % BUYERS.size());
			ApiResponse started = ApiClient.on(marketplace.port())
				.as(buyer[0])
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.post("/v1/purchases",
						"{\"productId\":\"" + PRODUCT + "\",\"quantity\":1,\"accountId\":\"" + buyer[1] + "\"}");
			if (started.status() != 202) {
				throw new IllegalStateException("Purchase refused: " + started.body());
			}
			String purchaseId = started.json("$.purchaseId");
			CompletableFuture<Long> confirmed = confirmations.computeIfAbsent(purchaseId,
					id -> new CompletableFuture<>());
			try {
				confirmed.get(60, TimeUnit.SECONDS);
			}
			finally {
				confirmations.remove(purchaseId);
			}
		}

	}

	/** The same I/O without the saga: reserve, pay, confirm, one after the other. */
	private static final class Bare implements Way {

		private final ApiClient payments = ApiClient.on(banking.port())
			.as("marketplace-service", null, "payments:write");

		@Override
		public String name() {
			return "bare";
		}

		@Override
		public void purchase(int index) {
			String[] buyer = BUYERS.get(index % BUYERS.size());
			String purchaseId = "bare-" + UUID.randomUUID();
			Update take = Update.builder()
				.tableName("marketplace-products")
				.key(Map.of("productId", AttributeValue.fromS(PRODUCT)))
				.updateExpression("SET stock = stock - :one")
				.conditionExpression("stock >= :one")
				.expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
				.build();
			Put record = Put.builder()
				.tableName(BARE_TABLE)
				.item(Map.of("purchaseId", AttributeValue.fromS(purchaseId), "status",
						AttributeValue.fromS("RESERVED")))
				.conditionExpression("attribute_not_exists(purchaseId)")
				.build();
			dynamoDb.transactWriteItems(write -> write.transactItems(TransactWriteItem.builder().update(take).build(),
					TransactWriteItem.builder().put(record).build()));
			ApiResponse paid = payments.post("/v1/payments",
					"{\"paymentId\":\"" + purchaseId + "\",\"userId\":\"" + buyer[0] + "\",\"accountId\":\"" + buyer[1]
							+ "\",\"amount\":1.00,\"currency\":\"MXN\",\"description\":\"Benchmark\"}");
			if (paid.status() != 201 && paid.status() != 200) {
				throw new IllegalStateException("Payment refused: " + paid.body());
			}
			dynamoDb.updateItem(update -> update.tableName(BARE_TABLE)
				.key(Map.of("purchaseId", AttributeValue.fromS(purchaseId)))
				.updateExpression("SET #status = :confirmed")
				.expressionAttributeNames(Map.of("#status", "status"))
				.expressionAttributeValues(Map.of(":confirmed", AttributeValue.fromS("CONFIRMED"))));
		}

	}

	/** One round's figures. */
	private record Round(String path, int purchases, double seconds, long[] sortedMillis) {

		double perSecond() {
			return purchases / seconds;
		}

		long percentile(double p) {
			return sortedMillis[Math.min(sortedMillis.length - 1, (int) Math.ceil(p * sortedMillis.length) - 1)];
		}

	}

	private static Round run(Way path, int purchases) throws Exception {
		long[] millis = new long[purchases];
		List<Callable<Void>> clients = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			int first = client;
			clients.add(() -> {
				for (int index = first; index < purchases; index += CLIENTS) {
					long start = System.nanoTime();
					path.purchase(index);
					millis[index] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
				}
				return null;
			});
		}
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
			for (Future<Void> client : pool.invokeAll(clients)) {
				client.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(millis);
		Round round = new Round(path.name(), purchases, seconds, millis);
		System.out.printf(Locale.ROOT, "%s: %d purchases in %.1f s = %.1f/s, p50 %d ms, p99 %d ms%n", path.name(),
				purchases, seconds, round.perSecond(), round.percentile(0.50), round.percentile(0.99));
		return round;
	}

	/** Completes each waiting purchase when its PURCHASE_CONFIRMED event arrives. */
	private static void listenForConfirmations() {
		String url = sqs.getQueueUrl(get -> get.queueName("marketplace-events")).queueUrl();
		while (listening.get()) {
			try {
				List<Message> messages = sqs
					.receiveMessage(receive -> receive.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
					.messages();
				for (Message message : messages) {
					if ("PURCHASE_CONFIRMED".equals(JsonPath.read(message.body(), "$.eventType"))) {
						String purchaseId = JsonPath.read(message.body(), "$.data.purchaseId");
						confirmations.computeIfAbsent(purchaseId, id -> new CompletableFuture<>())
							.complete(System.nanoTime());
					}
				}
				if (!messages.isEmpty()) {
					sqs.deleteMessageBatch(delete -> delete.queueUrl(url)
						.entries(messages.stream()
							.map(message -> DeleteMessageBatchRequestEntry.builder()
								.id(message.messageId())
								.receiptHandle(message.receiptHandle())
								.build())
							.toList()));
				}
			}
			catch (RuntimeException ex) {
				if (listening.get()) {
					System.err.println("Confirmation listener: " + ex);
				}
			}
		}
	}

	/**
	 * A product priced 1.00 with stock for every purchase of the run, added as an
	 * operator would: a copy of a demo product's item.
	 */
	private static void addBenchmarkProduct() {
		Map<String, AttributeValue> item = new HashMap<>(dynamoDb
			.getItem(get -> get.tableName("marketplace-products")
				.key(Map.of("productId", AttributeValue.fromS("prd-casa-bella-06")))
				.consistentRead(true))
			.item());
		AttributeValue price = item.get("price");
		item.put("productId", AttributeValue.fromS(PRODUCT));
		item.put("name", AttributeValue.fromS("Benchmark item"));
		item.put("price", price.n() != null ? AttributeValue.fromN("1.00") : AttributeValue.fromS("1.00"));
		item.put("stock", AttributeValue.fromN("1000000"));
		dynamoDb.putItem(put -> put.tableName("marketplace-products").item(item));
	}

	private static void report(List<Round> saga, List<Round> bare) {
		StringBuilder table = new StringBuilder();
		table.append("| round | saga: purchases/s, p50, p99 | bare: purchases/s, p50, p99 | ratio saga/bare "
				+ "| saga overhead per purchase (p50) |\n| --- | --- | --- | --- | --- |\n");
		for (int i = 0; i < saga.size(); i++) {
			Round s = saga.get(i);
			Round b = bare.get(i);
			table.append(String.format(Locale.ROOT,
					"| %d | %.1f/s, %d ms, %d ms | %.1f/s, %d ms, %d ms | %.2f | %d ms |%n", i + 1, s.perSecond(),
					s.percentile(0.5), s.percentile(0.99), b.perSecond(), b.percentile(0.5), b.percentile(0.99),
					s.perSecond() / b.perSecond(), s.percentile(0.5) - b.percentile(0.5)));
		}
		System.out.println(table);
		try {
			Path out = Path.of("target", "benchmark", "purchases.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, table);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
