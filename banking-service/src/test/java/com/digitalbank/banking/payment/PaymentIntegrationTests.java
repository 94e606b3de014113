package com.digitalbank.banking.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.AccountType;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentIntegrationTests extends BankingIntegrationTest {

	private static final String SETTLEMENT = "acc-merchant-settlement";

	String user;

	String account;

	@BeforeEach
	void shopper() {
		BigDecimal float_ = new BigDecimal("1000000.00");
		accounts.openIfAbsent(new Account(new AccountId(SETTLEMENT), "merchant-settlement", AccountType.SETTLEMENT,
				"MXN", float_, float_, AccountStatus.ACTIVE, 0, "9999990001", "002180099999900019", Instant.now()));
		user = newUser();
		account = openAccount(user, "1000.00");
	}

	@Test
	void duplicatePaymentIdHasOneEffectEvenWhenConcurrent() throws Exception {
		String paymentId = "p-" + UUID.randomUUID();
		BigDecimal settlementBefore = account(SETTLEMENT).balance();

		List<ApiResponse> responses = concurrently(20,
				() -> marketplace().post("/v1/payments", payment(paymentId, "120.50")));

		assertThat(responses).filteredOn(r -> r.status() == 201).as("the one request that paid").hasSize(1);
		assertThat(responses).filteredOn(r -> r.status() != 201).extracting(ApiResponse::status).containsOnly(200);
		assertThat(responses).extracting(r -> r.<String>json("$.paymentId")).containsOnly(paymentId);
		assertThat(account(account).balance()).isEqualByComparingTo("879.50");
		assertThat(account(SETTLEMENT).balance().subtract(settlementBefore)).isEqualByComparingTo("120.50");
		assertThat(ledgerSize()).isEqualTo(1);
	}

	@Test
	void doubleRefundHasOneEffectEvenWhenConcurrent() throws Exception {
		String paymentId = "p-" + UUID.randomUUID();
		BigDecimal settlementBefore = account(SETTLEMENT).balance();
		assertThat(marketplace().post("/v1/payments", payment(paymentId, "300.00")).status()).isEqualTo(201);

		List<ApiResponse> refunds = concurrently(10,
				() -> marketplace().post("/v1/payments/" + paymentId + "/refund", ""));

		assertThat(refunds).extracting(ApiResponse::status).containsOnly(200);
		assertThat(refunds).extracting(r -> r.<String>json("$.status")).containsOnly("REFUNDED");
		assertThat(refunds).extracting(r -> r.<String>json("$.refundedAt"))
			.hasSize(10)
			.doesNotContainNull()
			.containsOnly(refunds.getFirst().<String>json("$.refundedAt"));
		assertThat(account(account).balance()).isEqualByComparingTo("1000.00");
		assertThat(account(SETTLEMENT).balance()).isEqualByComparingTo(settlementBefore);
		assertThat(ledgerSize()).isEqualTo(2);
		assertThat(marketplace().get("/v1/payments/" + paymentId).<String>json("$.status")).isEqualTo("REFUNDED");
	}

	@Test
	void sameIdWithOtherDetailsIsAConflictAndMovesNothing() {
		String paymentId = "p-" + UUID.randomUUID();
		assertThat(marketplace().post("/v1/payments", payment(paymentId, "10.00")).status()).isEqualTo(201);
		BigDecimal settlementBefore = account(SETTLEMENT).balance();

		ApiResponse other = marketplace().post("/v1/payments", payment(paymentId, "11.00"));

		assertProblem(other, 409, "PAYMENT_ID_CONFLICT");
		assertThat(account(account).balance()).isEqualByComparingTo("990.00");
		assertThat(account(SETTLEMENT).balance()).isEqualByComparingTo(settlementBefore);
		assertThat(ledgerSize()).isEqualTo(1);
	}

	@Test
	void aPaymentFromAnAccountThatIsNotTheNamedUsersChargesNothing() {
		String paymentId = "p-" + UUID.randomUUID();
		String stranger = newUser();

		ApiResponse response = marketplace().post("/v1/payments",
				payment(paymentId, "10.00").replace("\"userId\":\"" + user, "\"userId\":\"" + stranger));

		assertProblem(response, 404, "ACCOUNT_NOT_FOUND");
		assertThat(account(account).balance()).isEqualByComparingTo("1000.00");
		assertProblem(marketplace().get("/v1/payments/" + paymentId), 404, "PAYMENT_NOT_FOUND");
	}

	@Test
	void aVoidedPaymentIdIsNeverChargedAndALateRetryIsRefused() {
		String paymentId = "p-" + UUID.randomUUID();

		ApiResponse voided = marketplace().post("/v1/payments/" + paymentId + "/void", "");
		ApiResponse again = marketplace().post("/v1/payments/" + paymentId + "/void", "");
		ApiResponse lateRetry = marketplace().post("/v1/payments", payment(paymentId, "10.00"));

		assertThat(voided.status()).isEqualTo(200);
		assertThat(voided.<String>json("$.status")).isEqualTo("VOIDED");
		assertThat(again.<String>json("$.voidedAt")).isEqualTo(voided.<String>json("$.voidedAt"));
		assertProblem(lateRetry, 409, "PAYMENT_VOIDED");
		assertThat(account(account).balance()).isEqualByComparingTo("1000.00");
		assertThat(ledgerSize()).isZero();
		assertThat(marketplace().get("/v1/payments/" + paymentId).<String>json("$.status")).isEqualTo("VOIDED");
	}

	@Test
	void voidingAChargedPaymentRefundsItOnce() throws Exception {
		String paymentId = "p-" + UUID.randomUUID();
		BigDecimal settlementBefore = account(SETTLEMENT).balance();
		assertThat(marketplace().post("/v1/payments", payment(paymentId, "250.00")).status()).isEqualTo(201);

		List<ApiResponse> voids = concurrently(5, () -> marketplace().post("/v1/payments/" + paymentId + "/void", ""));

		assertThat(voids).extracting(r -> r.<String>json("$.status")).containsOnly("REFUNDED");
		assertThat(account(account).balance()).isEqualByComparingTo("1000.00");
		assertThat(account(SETTLEMENT).balance()).isEqualByComparingTo(settlementBefore);
		assertThat(ledgerSize()).isEqualTo(2);
		assertProblem(marketplace().post("/v1/payments", payment(paymentId, "250.00")), 409, "PAYMENT_VOIDED");
	}

	@Test
	void aPaymentRacingItsVoidNeverKeepsTheMoney() throws Exception {
		for (int round = 0; round < 5; round++) {
			String paymentId = "p-" + UUID.randomUUID();
			List<Callable<ApiResponse>> calls = List.of(
					() -> marketplace().post("/v1/payments", payment(paymentId, "10.00")),
					() -> marketplace().post("/v1/payments/" + paymentId + "/void", ""));
			try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
				for (Future<ApiResponse> done : pool.invokeAll(calls)) {
					done.get();
				}
			}
			assertThat(marketplace().get("/v1/payments/" + paymentId).<String>json("$.status")).isIn("VOIDED",
					"REFUNDED");
		}
		assertThat(account(account).balance()).isEqualByComparingTo("1000.00");
	}

	@Test
	void paymentWithoutFundsIsRefusedAndLeavesNoTrace() {
		String paymentId = "p-" + UUID.randomUUID();
		BigDecimal settlementBefore = account(SETTLEMENT).balance();

		ApiResponse response = marketplace().post("/v1/payments", payment(paymentId, "1000.01"));

		assertProblem(response, 422, "INSUFFICIENT_FUNDS");
		assertThat(account(account).balance()).isEqualByComparingTo("1000.00");
		assertThat(account(SETTLEMENT).balance()).isEqualByComparingTo(settlementBefore);
		assertThat(ledgerSize()).isZero();
		assertProblem(marketplace().get("/v1/payments/" + paymentId), 404, "PAYMENT_NOT_FOUND");
	}

	@Test
	void aPaymentEarnsItsCashbackOnceAndARefundedOneNone() throws Exception {
		String paymentId = "p-" + UUID.randomUUID();
		assertThat(marketplace().post("/v1/payments", payment(paymentId, "400.00")).status()).isEqualTo(201);

		List<ApiResponse> credits = concurrently(5,
				() -> marketplace().post("/v1/payments/" + paymentId + "/cashback", cashback("20.00")));

		assertThat(credits).extracting(ApiResponse::status).containsOnly(200);
		assertThat(credits).extracting(r -> r.<String>json("$.accountId")).containsOnly(account);
		assertThat(account(account).balance()).as("400 paid, 20 back once").isEqualByComparingTo("620.00");
		assertProblem(marketplace().post("/v1/payments/" + paymentId + "/cashback", cashback("21.00")), 409,
				"CASHBACK_CONFLICT");

		String refunded = "p-" + UUID.randomUUID();
		marketplace().post("/v1/payments", payment(refunded, "100.00"));
		marketplace().post("/v1/payments/" + refunded + "/refund", "");
		assertProblem(marketplace().post("/v1/payments/" + refunded + "/cashback", cashback("5.00")), 409,
				"PAYMENT_REFUNDED");
		String small = "p-" + UUID.randomUUID();
		marketplace().post("/v1/payments", payment(small, "10.00"));
		assertProblem(marketplace().post("/v1/payments/" + small + "/cashback", cashback("10.01")), 422,
				"CASHBACK_EXCEEDS_PAYMENT");
		assertProblem(marketplace().post("/v1/payments/p-nowhere/cashback", cashback("1.00")), 404,
				"PAYMENT_NOT_FOUND");
		assertThat(ApiClient.on(port)
			.as(user, null, "banking")
			.post("/v1/payments/" + paymentId + "/cashback", cashback("1.00"))
			.status()).as("a user's token cannot credit itself").isEqualTo(403);
		assertThat(account(account).balance()).isEqualByComparingTo("610.00");
	}

	@Test
	void aRefundTakesTheCashbackBackOnce() throws Exception {
		String paymentId = "p-" + UUID.randomUUID();
		BigDecimal settlementBefore = account(SETTLEMENT).balance();
		assertThat(marketplace().post("/v1/payments", payment(paymentId, "400.00")).status()).isEqualTo(201);
		assertThat(marketplace().post("/v1/payments/" + paymentId + "/cashback", cashback("20.00")).status())
			.isEqualTo(200);

		List<ApiResponse> refunds = concurrently(5,
				() -> marketplace().post("/v1/payments/" + paymentId + "/refund", ""));

		assertThat(refunds).extracting(ApiResponse::status).containsOnly(200);
		assertThat(account(account).balance()).as("paid, credited, refunded, and the credit taken back")
			.isEqualByComparingTo("1000.00");
		assertThat(account(SETTLEMENT).balance()).isEqualByComparingTo(settlementBefore);
		assertThat(ledgerSize()).as("the payment, the cashback, the refund and the cashback taken back, once each")
			.isEqualTo(4);
		assertProblem(marketplace().post("/v1/payments/" + paymentId + "/cashback", cashback("20.00")), 409,
				"PAYMENT_REFUNDED");
	}

	@Test
	void aCashbackRacingARefundIsNeverKept() throws Exception {
		BigDecimal settlementBefore = account(SETTLEMENT).balance();
		for (int round = 0; round < 8; round++) {
			String paymentId = "p-" + UUID.randomUUID();
			assertThat(marketplace().post("/v1/payments", payment(paymentId, "50.00")).status()).isEqualTo(201);

			List<ApiResponse> raced = together(
					() -> marketplace().post("/v1/payments/" + paymentId + "/cashback", cashback("5.00")),
					() -> marketplace().post("/v1/payments/" + paymentId + "/refund", ""));

			ApiResponse credit = raced.get(0);
			assertThat(credit.status()).as(credit.body()).isIn(200, 409);
			assertThat(raced.get(1).status()).as(raced.get(1).body()).isEqualTo(200);
		}
		assertThat(account(account).balance()).as("every payment refunded, no cashback kept")
			.isEqualByComparingTo("1000.00");
		assertThat(account(SETTLEMENT).balance()).isEqualByComparingTo(settlementBefore);
	}

	private static String cashback(String amount) {
		return "{\"amount\":" + amount + ",\"currency\":\"MXN\"}";
	}

	private int ledgerSize() {
		return api(user).get("/v1/accounts/" + account + "/transactions?limit=100")
			.<List<Object>>json("$.items")
			.size();
	}

	/** The marketplace saga as banking sees it: a service with only payments:write. */
	private ApiClient marketplace() {
		return ApiClient.on(port).as("marketplace-service", null, "payments:write");
	}

	private String payment(String paymentId, String amount) {
		return "{\"paymentId\":\"" + paymentId + "\",\"userId\":\"" + user + "\",\"accountId\":\"" + account
				+ "\",\"amount\":" + amount + ",\"currency\":\"MXN\",\"description\":\"Audífonos\"}";
	}

	private static List<ApiResponse> concurrently(int times, Callable<ApiResponse> call) throws Exception {
		List<Callable<ApiResponse>> calls = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			calls.add(call);
		}
		return together(calls);
	}

	@SafeVarargs
	private static List<ApiResponse> together(Callable<ApiResponse>... calls) throws Exception {
		return together(List.of(calls));
	}

	/** The answers in the order of the calls. */
	private static List<ApiResponse> together(List<Callable<ApiResponse>> calls) throws Exception {
		int times = calls.size();
		List<ApiResponse> responses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(times)) {
			for (Future<ApiResponse> future : pool.invokeAll(calls)) {
				responses.add(future.get());
			}
		}
		return responses;
	}

}
