package com.digitalbank.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.localstack.LocalAwsStack;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.LocalStackExtension;
import com.digitalbank.platform.test.OpenApiDocument;
import com.digitalbank.platform.test.OpenApiDocument.Call;
import com.digitalbank.platform.test.WithLocalStack;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The purchase saga across two real services: banking and the marketplace started from
 * their jars, each in its own JVM, on one local AWS stack, the marketplace reaching
 * banking through a proxy that can close its port or drop replies. Money is read from
 * banking's balances, stock from the catalog; each test compares before and after.
 */
@WithLocalStack
class PurchaseSystemTests {

	private static final String SETTLEMENT = "acc-merchant-settlement";

	/** Short leases and backoffs, so that recovery shows within seconds. */
	private static final String[] MARKETPLACE_TUNING = { "--platform.saga.step-lease=3s",
			"--platform.saga.sweep-interval=500ms", "--platform.saga.sweep-grace=1s",
			"--platform.saga.base-backoff=300ms", "--platform.saga.max-backoff=2s",
			"--platform.saga.max-step-attempts=6", "--platform.outbox.grace=1s",
			"--platform.outbox.poll-interval=250ms", "--resilience4j.retry.instances.banking.wait-duration=50ms",
			"--resilience4j.circuitbreaker.instances.banking.wait-duration-in-open-state=500ms" };

	private static ServiceProcess banking;

	private static BankingProxy proxy;

	private static ServiceProcess marketplace;

	private static DynamoDbClient dynamoDb;

	@BeforeAll
	static void services() {
		banking = ServiceProcess.start("banking-service");
		proxy = new BankingProxy(banking.baseUrl());
		// The crash table starts the marketplace sixteen times.
		ServiceProcess.trainAotCache("marketplace-service", marketplaceArguments());
		marketplace = startMarketplace();
		LocalAwsStack stack = LocalStackExtension.stack();
		dynamoDb = DynamoDbClient.builder()
			.endpointOverride(URI.create(stack.dynamoDbEndpoint()))
			.region(Region.of(LocalAwsStack.REGION))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(LocalAwsStack.ACCESS_KEY, LocalAwsStack.SECRET_KEY)))
			.build();
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable closeable : new AutoCloseable[] { marketplace, proxy, banking, dynamoDb }) {
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
	void aPurchaseIsConfirmedWithTheMoneyMovedOnceTheStockTakenAndTheCashbackCredited() {
		setStock("prd-casa-bella-06", 20);
		Money before = Money.of("user-123", "acc-123-checking");

		String purchase = purchase("user-123", "acc-123-checking", "prd-casa-bella-06", 2,
				",\"benefit\":{\"type\":\"CASHBACK\"}");
		ApiResponse ended = awaitEnd("user-123", purchase);

		assertThat(ended.<String>json("$.status")).isEqualTo("CONFIRMED");
		// Confirmed, then the cashback: the saga's last step, after the pivot.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get("user-123", purchase).<List<String>>json("$.steps[*].status"))
				.containsExactly("DONE", "DONE", "DONE", "DONE"));
		// 2 x 599.00, 3 % cashback rounded down to the cent.
		before.assertMoved("-1198.00", "35.94");
		assertThat(stock("prd-casa-bella-06")).isEqualTo(18);
		assertThat(payment(purchase).<String>json("$.status")).isEqualTo("COMPLETED");
		awaitMail("user-123@dev.digitalbank.example", "Your purchase is confirmed");
		assertThat(userPurchases("user-123")).contains(purchase);
		assertThat(userPurchases("user-456")).doesNotContain(purchase);
		assertThat(ApiClient.on(marketplace.port()).as("user-456").get("/v1/purchases/" + purchase).status())
			.isEqualTo(404);
	}

	@Test
	void aPurchaseWithoutTheFundsFailsReturnsTheStockAndTellsTheBuyer() {
		setStock("prd-electro-mx-04", 100);
		Money before = Money.of("user-789", "acc-789-checking");
		int moreThanAffordable = before.buyer().divide(new BigDecimal("15999.00"), 0, RoundingMode.DOWN).intValueExact()
				+ 1;

		String purchase = purchase("user-789", "acc-789-checking", "prd-electro-mx-04", moreThanAffordable, "");
		ApiResponse ended = awaitEnd("user-789", purchase);

		assertThat(ended.<String>json("$.status")).isEqualTo("FAILED");
		assertThat(ended.<String>json("$.failureReason")).isEqualTo("INSUFFICIENT_FUNDS");
		assertThat(ended.<List<String>>json("$.steps[*].status")).containsExactly("COMPENSATED", "REFUSED");
		before.assertMoved("0.00", "0.00");
		assertThat(stock("prd-electro-mx-04")).isEqualTo(100);
		awaitMail("user-789@dev.digitalbank.example", "could not be completed");
	}

	@Test
	void bankingBackWithinTheRetryWindowConfirmsThePurchaseOnce() {
		setStock("prd-casa-bella-02", 10);
		Money before = Money.of("user-456", "acc-456-checking");
		proxy.closePort();
		String purchase;
		try {
			purchase = purchase("user-456", "acc-456-checking", "prd-casa-bella-02", 1, "");
			await().atMost(Duration.ofSeconds(30)).until(() -> payAttempts("user-456", purchase) >= 2);
		}
		finally {
			proxy.open();
		}

		ApiResponse ended = awaitEnd("user-456", purchase);

		assertThat(ended.<String>json("$.status")).isEqualTo("CONFIRMED");
		before.assertMoved("-649.00", "0.00");
		assertThat(stock("prd-casa-bella-02")).isEqualTo(9);
	}

	@Test
	void bankingAwayPastTheRetryWindowFailsThePurchaseAndItsVoidWaitsForBanking() {
		setStock("prd-casa-bella-03", 10);
		Money before = Money.of("user-456", "acc-456-checking");
		proxy.closePort();
		String purchase;
		try {
			purchase = purchase("user-456", "acc-456-checking", "prd-casa-bella-03", 1, "");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> "COMPENSATING".equals(stepStatus("user-456", purchase, 1)));
			assertThat(get("user-456", purchase).<String>json("$.status")).as("compensating: not over yet")
				.isEqualTo("PENDING");
		}
		finally {
			proxy.open();
		}

		ApiResponse ended = awaitEnd("user-456", purchase);

		assertThat(ended.<String>json("$.status")).isEqualTo("FAILED");
		assertThat(ended.<String>json("$.failureReason")).isEqualTo("NO_ANSWER");
		before.assertMoved("0.00", "0.00");
		assertThat(stock("prd-casa-bella-03")).isEqualTo(10);
		assertThat(payment(purchase).<String>json("$.status")).as("the id can never be charged now")
			.isEqualTo("VOIDED");
	}

	@Test
	void aPaymentWhoseRepliesAreLostIsFoundOutByRetryingItsIdAndChargedOnce() {
		setStock("prd-casa-bella-04", 10);
		Money before = Money.of("user-123", "acc-123-savings");
		int requestsBefore = proxy.paymentRequests();
		proxy.dropPaymentReplies(4);

		String purchase = purchase("user-123", "acc-123-savings", "prd-casa-bella-04", 1, "");
		ApiResponse ended = awaitEnd("user-123", purchase);

		assertThat(ended.<String>json("$.status")).isEqualTo("CONFIRMED");
		assertThat(proxy.paymentRequests() - requestsBefore).as("the payment reached banking again and again")
			.isGreaterThanOrEqualTo(5);
		before.assertMoved("-1499.00", "0.00");
		assertThat(stock("prd-casa-bella-04")).isEqualTo(9);
	}

	@Test
	void aPaymentThatNeverAnswersIsVoidedAndItsChargeRefunded() {
		setStock("prd-casa-bella-05", 10);
		Money before = Money.of("user-123", "acc-123-savings");
		proxy.dropPaymentReplies(1000);
		String purchase;
		try {
			purchase = purchase("user-123", "acc-123-savings", "prd-casa-bella-05", 1, "");
			ApiResponse ended = awaitEnd("user-123", purchase);
			assertThat(ended.<String>json("$.status")).isEqualTo("FAILED");
			assertThat(ended.<String>json("$.failureReason")).isEqualTo("NO_ANSWER");
		}
		finally {
			proxy.dropPaymentReplies(0);
		}

		before.assertMoved("0.00", "0.00");
		assertThat(stock("prd-casa-bella-05")).isEqualTo(10);
		assertThat(payment(purchase).<String>json("$.status")).as("charged, then refunded by the void")
			.isEqualTo("REFUNDED");
	}

	@Test
	void fiftyBuyersForTheLastTenUnitsMakeExactlyTenPurchases() throws Exception {
		setStock("prd-libreria-sol-09", 10);
		List<String[]> buyers = List.of(new String[] { "user-123", "acc-123-checking" },
				new String[] { "user-123", "acc-123-savings" }, new String[] { "user-456", "acc-456-checking" },
				new String[] { "user-456", "acc-456-savings" }, new String[] { "user-789", "acc-789-checking" });
		List<Money> before = buyers.stream().map(buyer -> Money.of(buyer[0], buyer[1])).toList();
		BigDecimal settlementBefore = balance("user-123", SETTLEMENT);

		List<Callable<ApiResponse>> attempts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String[] buyer = buyers.get(i % buyers.size());
			attempts.add(() -> api(buyer[0]).post("/v1/purchases", body(buyer[1], "prd-libreria-sol-09", 1, "")));
		}
		List<String[]> started = new ArrayList<>();
		int refusedAtOnce = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
			List<Future<ApiResponse>> answers = pool.invokeAll(attempts);
			for (int i = 0; i < answers.size(); i++) {
				ApiResponse answer = answers.get(i).get();
				if (answer.status() == 202) {
					started.add(new String[] { buyers.get(i % buyers.size())[0], answer.json("$.purchaseId") });
				}
				else {
					assertThat(answer.<String>json("$.code")).isEqualTo("OUT_OF_STOCK");
					refusedAtOnce++;
				}
			}
		}
		List<String> outcomes = new ArrayList<>();
		for (String[] purchase : started) {
			outcomes.add(awaitEnd(purchase[0], purchase[1]).json("$.status"));
		}

		assertThat(outcomes.stream().filter("CONFIRMED"::equals).count())
			.as(outcomes + ", " + refusedAtOnce + " refused at once")
			.isEqualTo(10);
		assertThat(stock("prd-libreria-sol-09")).isZero();
		BigDecimal paid = BigDecimal.ZERO;
		for (Money money : before) {
			paid = paid.add(money.spent());
		}
		assertThat(paid).isEqualByComparingTo("1490.00");
		assertThat(balance("user-123", SETTLEMENT).subtract(settlementBefore)).isEqualByComparingTo("1490.00");
	}

	/**
	 * Every operation of the marketplace's published document, called once with demo
	 * data, answers the success it documents: here, unlike in the marketplace's own
	 * tests, banking answers the benefits quote's question about the account.
	 */
	@Test
	void everyMarketplaceOperationAnswersItsDocumentedSuccess() {
		setStock("prd-electro-mx-06", 10);
		OpenApiDocument document = OpenApiDocument.validated(api("user-123").get("/v3/api-docs").body());
		String[] started = new String[1];

		document.assertCallsAnswerTheDocumentedSuccesses(List.of(
				new Call("GET /v1/retailers", () -> api("user-123").get("/v1/retailers")),
				new Call("GET /v1/retailers/{retailerId}", () -> api("user-123").get("/v1/retailers/ret-electro-mx")),
				new Call("GET /v1/products", () -> api("user-123").get("/v1/products?category=audio&limit=2")),
				new Call("GET /v1/products/{productId}", () -> api("user-123").get("/v1/products/prd-electro-mx-06")),
				new Call("POST /v1/benefits/quote", () -> api("user-123").post("/v1/benefits/quote",
						"{\"productId\":\"prd-electro-mx-06\",\"quantity\":1,\"accountId\":\"acc-123-checking\"}")),
				new Call("POST /v1/purchases", () -> {
					ApiResponse answer = api("user-123").post("/v1/purchases",
							body("acc-123-checking", "prd-electro-mx-06", 1, ",\"benefit\":{\"type\":\"POINTS\"}"));
					started[0] = answer.json("$.purchaseId");
					return answer;
				}), new Call("GET /v1/purchases/{purchaseId}", () -> get("user-123", started[0])),
				new Call("GET /v1/purchases", () -> api("user-123").get("/v1/purchases?limit=5"))));
		assertThat(awaitEnd("user-123", started[0]).<String>json("$.status")).isEqualTo("CONFIRMED");
	}

	/**
	 * The marketplace halts at each point of the saga (as a power cut would) while
	 * banking and the stack go on; a fresh marketplace on the same tables and queues
	 * finishes every saga it left.
	 */
	@ParameterizedTest(name = "the marketplace dies {0}")
	@CsvSource(delimiter = '|', textBlock = """
			before reserving                       | reserve:before      | CONFIRMED
			after reserving, before recording it   | reserve:after       | CONFIRMED
			before paying                          | pay:before          | CONFIRMED
			after paying, before recording it      | pay:after           | CONFIRMED
			after confirming, before recording it  | confirm:after       | CONFIRMED
			a refused payment, before the release  | reserve:undo-before | FAILED
			after the release, before recording it | reserve:undo-after  | FAILED
			""")
	void aFreshMarketplaceFinishesEverySagaOfOneThatDied(String point, String haltAt, String expected) {
		String user = "user-456";
		String account = "acc-456-savings";
		String product = "prd-deportes-norte-04";
		setStock(product, 100);
		BigDecimal price = new BigDecimal("449.00");
		Money before = Money.of(user, account);
		// A failure is a payment of more than the account holds.
		int quantity = expected.equals("CONFIRMED") ? 1
				: before.buyer().divide(price, 0, RoundingMode.DOWN).intValueExact() + 1;
		// A saga left in flight would meet the halt point before this one does.
		awaitNoSagaInFlight();
		ApiResponse started;
		// No saga is in flight, so nothing is lost by not waiting for a graceful stop.
		marketplace.kill();
		try (ServiceProcess dying = startMarketplace("--platform.saga.halt-at=" + haltAt)) {
			started = ApiClient.on(dying.port()).as(user).post("/v1/purchases", body(account, product, quantity, ""));
			assertThat(started.status()).as(started.body()).isEqualTo(202);
			assertThat(dying.awaitExit(Duration.ofSeconds(60))).as("halted at " + haltAt).isEqualTo(137);
		}
		finally {
			marketplace = startMarketplace();
		}
		ApiResponse ended = awaitEnd(user, started.json("$.purchaseId"));

		assertThat(ended.<String>json("$.status")).isEqualTo(expected);
		if (expected.equals("CONFIRMED")) {
			before.assertMoved(price.multiply(BigDecimal.valueOf(quantity)).negate().toPlainString(), "0.00");
			assertThat(stock(product)).isEqualTo(100 - quantity);
		}
		else {
			assertThat(ended.<String>json("$.failureReason")).isEqualTo("INSUFFICIENT_FUNDS");
			before.assertMoved("0.00", "0.00");
			assertThat(stock(product)).isEqualTo(100);
		}
	}

	private static void awaitNoSagaInFlight() {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> dynamoDb
				.scan(scan -> scan.tableName("marketplace-sagas")
					.filterExpression("attribute_exists(#open)")
					.expressionAttributeNames(Map.of("#open", "open")))
				.count() == 0);
	}

	private static ServiceProcess startMarketplace(String... more) {
		return ServiceProcess.start("marketplace-service", marketplaceArguments(more));
	}

	private static String[] marketplaceArguments(String... more) {
		List<String> arguments = new ArrayList<>(List.of(MARKETPLACE_TUNING));
		arguments.add("--marketplace.banking-url=" + proxy.baseUrl());
		arguments.addAll(List.of(more));
		return arguments.toArray(String[]::new);
	}

	private static ApiClient api(String user) {
		return ApiClient.on(marketplace.port()).as(user);
	}

	private static String body(String account, String product, int quantity, String more) {
		return "{\"productId\":\"" + product + "\",\"quantity\":" + quantity + ",\"accountId\":\"" + account + "\""
				+ more + "}";
	}

	private static String purchase(String user, String account, String product, int quantity, String more) {
		ApiResponse started = api(user).post("/v1/purchases", body(account, product, quantity, more));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.<String>json("$.status")).isEqualTo("PENDING");
		return started.json("$.purchaseId");
	}

	private static ApiResponse get(String user, String purchase) {
		return api(user).get("/v1/purchases/" + purchase);
	}

	private static ApiResponse awaitEnd(String user, String purchase) {
		ApiResponse[] last = new ApiResponse[1];
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
			last[0] = get(user, purchase);
			return last[0].status() == 200 && !"PENDING".equals(last[0].json("$.status"));
		});
		return last[0];
	}

	private static int payAttempts(String user, String purchase) {
		List<Integer> attempts = get(user, purchase).json("$.steps[?(@.name == 'pay')].attempts");
		return attempts.isEmpty() ? 0 : attempts.getFirst();
	}

	private static String stepStatus(String user, String purchase, int step) {
		List<String> statuses = get(user, purchase).json("$.steps[*].status");
		return statuses.size() > step ? statuses.get(step) : null;
	}

	private static List<String> userPurchases(String user) {
		return api(user).get("/v1/purchases?limit=100").json("$.items[*].purchaseId");
	}

	private static int stock(String product) {
		return api("user-123").get("/v1/products/" + product).json("$.stock");
	}

	/** As an operator restocking: the tests do not depend on what earlier ones bought. */
	private static void setStock(String product, int units) {
		dynamoDb.updateItem(update -> update.tableName("marketplace-products")
			.key(Map.of("productId", AttributeValue.fromS(product)))
			.updateExpression("SET stock = :units")
			.expressionAttributeValues(Map.of(":units", AttributeValue.fromN(Integer.toString(units)))));
	}

	private static ApiResponse payment(String paymentId) {
		return ApiClient.on(banking.port())
			.as("marketplace-service", null, "payments:write")
			.get("/v1/payments/" + paymentId);
	}

	private static BigDecimal balance(String user, String account) {
		String owner = account.equals(SETTLEMENT) ? "merchant-settlement" : user;
		ApiResponse balance = ApiClient.on(banking.port()).as(owner).get("/v1/accounts/" + account + "/balance");
		assertThat(balance.status()).as(balance.body()).isEqualTo(200);
		return new BigDecimal(balance.<Object>json("$.balance").toString());
	}

	private static void awaitMail(String to, String subject) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (MimeMessage message : LocalStackExtension.stack().mail().getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equals(to) && message.getSubject().contains(subject)) {
					return true;
				}
			}
			return false;
		});
	}

	/** A buyer's account and the settlement account, before a purchase. */
	private record Money(String user, String account, BigDecimal buyer, BigDecimal settlement) {

		static Money of(String user, String account) {
			return new Money(user, account, balance(user, account), balance(user, SETTLEMENT));
		}

		/**
		 * The buyer's balance moved by {@code paid} plus {@code cashback}, settlement the
		 * opposite.
		 */
		void assertMoved(String paid, String cashback) {
			BigDecimal delta = new BigDecimal(paid).add(new BigDecimal(cashback));
			assertThat(balance(user, account).subtract(buyer)).as("buyer's " + account).isEqualByComparingTo(delta);
			assertThat(balance(user, SETTLEMENT).subtract(settlement)).as("settlement")
				.isEqualByComparingTo(delta.negate());
		}

		BigDecimal spent() {
			return buyer.subtract(balance(user, account));
		}

	}

}
