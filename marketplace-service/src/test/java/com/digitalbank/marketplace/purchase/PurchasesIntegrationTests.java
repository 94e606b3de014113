package com.digitalbank.marketplace.purchase;

import java.util.List;

import com.digitalbank.marketplace.MarketplaceIntegrationTest;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the purchase API decides on its own, without banking (whose port is closed here;
 * the system tests buy against the real one).
 */
class PurchasesIntegrationTests extends MarketplaceIntegrationTest {

	@Test
	void refusesWhatCannotBeBoughtBeforeStartingAnything() {
		ApiClient api = api(newUser());

		assertProblem(api.post("/v1/purchases", body("prd-nowhere", 1, "")), 404, "PRODUCT_NOT_FOUND");
		assertProblem(api.post("/v1/purchases", body("prd-electro-mx-04", 100, "")), 422, "OUT_OF_STOCK");
		assertProblem(api.post("/v1/purchases", body("prd-electro-mx-01", 0, "")), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/v1/purchases", body("prd-electro-mx-01", 1, ",\"benefit\":{\"type\":\"MSI\"}")), 400,
				"VALIDATION_FAILED");
		assertProblem(
				api.post("/v1/purchases",
						body("prd-electro-mx-01", 1, ",\"benefit\":{\"type\":\"CASHBACK\",\"months\":3}")),
				400, "VALIDATION_FAILED");
		assertThat(api.post("/v1/purchases", "{\"quantity\":1}").status()).isEqualTo(400);
		assertThat(api.get("/v1/purchases").<List<?>>json("$.items")).as("nothing was started").isEmpty();
	}

	@Test
	void aBenefitNeedsTheAccountsTypeFromBankingAndSaysSoWhenBankingIsAway() {
		assertProblem(
				api(newUser()).post("/v1/purchases",
						body("prd-electro-mx-01", 1, ",\"benefit\":{\"type\":\"POINTS\"}")),
				503, "BANKING_UNAVAILABLE");
		assertProblem(
				api(newUser()).post("/v1/benefits/quote",
						"{\"productId\":\"prd-electro-mx-01\",\"quantity\":1,\"accountId\":\"acc-1\"}"),
				503, "BANKING_UNAVAILABLE");
		assertThat(api(newUser()).post("/v1/benefits/quote", "{\"productId\":\"prd-electro-mx-01\",\"quantity\":0}")
			.status()).isEqualTo(400);
	}

	@Test
	void aStartedPurchaseIsPendingReservedAndTheBuyersAloneAndItsKeyReplaysIt() {
		String user = newUser();
		ApiClient keyed = api(user).header("Idempotency-Key", "buy-" + user);

		ApiResponse started = keyed.post("/v1/purchases", body("prd-electro-mx-07", 1, ""));
		ApiResponse replayed = keyed.post("/v1/purchases", body("prd-electro-mx-07", 1, ""));

		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String id = started.json("$.purchaseId");
		assertThat(started.header("Location")).isEqualTo("/v1/purchases/" + id);
		assertThat(started.<String>json("$.status")).isEqualTo("PENDING");
		assertThat(started.<Double>json("$.total")).isEqualTo(349.9);
		assertThat(replayed.status()).isEqualTo(202);
		assertThat(replayed.<String>json("$.purchaseId")).isEqualTo(id);
		assertProblem(keyed.post("/v1/purchases", body("prd-electro-mx-07", 2, "")), 422, "IDEMPOTENCY_KEY_REUSED");
		await()
			.untilAsserted(() -> assertThat(api(user).get("/v1/purchases/" + id).<List<String>>json("$.steps[*].name"))
				.as("reserved, now trying to pay")
				.containsExactly("reserve", "pay"));
		assertThat(api(user).get("/v1/purchases").<List<String>>json("$.items[*].purchaseId")).containsExactly(id);
		assertProblem(api(newUser()).get("/v1/purchases/" + id), 404, "PURCHASE_NOT_FOUND");
		assertProblem(api(user).get("/v1/purchases/pur-nowhere"), 404, "PURCHASE_NOT_FOUND");
		assertProblem(api(user).get("/v1/purchases?cursor=nonsense"), 400, "INVALID_CURSOR");
	}

	@Test
	void listsTheBuyersPurchasesNewestFirstInPages() {
		String user = newUser();
		String first = api(user).post("/v1/purchases", body("prd-libreria-sol-05", 1, "")).json("$.purchaseId");
		String second = api(user).post("/v1/purchases", body("prd-libreria-sol-06", 1, "")).json("$.purchaseId");
		String third = api(user).post("/v1/purchases", body("prd-libreria-sol-07", 1, "")).json("$.purchaseId");

		ApiResponse page = api(user).get("/v1/purchases?limit=2");
		ApiResponse next = api(user).get("/v1/purchases?limit=2&cursor=" + page.json("$.nextCursor"));

		assertThat(page.<List<String>>json("$.items[*].purchaseId")).containsExactly(third, second);
		assertThat(next.<List<String>>json("$.items[*].purchaseId")).containsExactly(first);
		assertThat(next.<String>json("$.nextCursor")).isNull();
		assertProblem(api(newUser()).get("/v1/purchases?cursor=" + page.json("$.nextCursor")), 400, "INVALID_CURSOR");
	}

	private static String body(String product, int quantity, String more) {
		return "{\"productId\":\"" + product + "\",\"quantity\":" + quantity + ",\"accountId\":\"acc-1\"" + more + "}";
	}

}
