package com.digitalbank.banking;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.AccountType;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.OpenApiDocument;
import com.digitalbank.platform.test.OpenApiDocument.Call;
import org.junit.jupiter.api.Test;

/**
 * Walks the published document and calls every operation once with demo-like data: the
 * answer is the success the document promises, so a generated client reads it.
 */
class OpenApiDocumentIntegrationTests extends BankingIntegrationTest {

	@Test
	void everyOperationAnswersItsDocumentedSuccess() throws Exception {
		String docs = ApiClient.on(port).get("/v3/api-docs").body();
		Files.writeString(Path.of("target", "openapi.json"), docs);
		OpenApiDocument document = OpenApiDocument.validated(docs);
		String user = newUser();
		String from = openAccount(user, "1000.00");
		String to = openAccount(newUser(), "0.00");
		openSettlementAccount();
		ApiClient api = api(user);
		String transferId = "t-" + UUID.randomUUID();
		String paymentId = "p-" + UUID.randomUUID();
		String payment = "{\"paymentId\":\"" + paymentId + "\",\"userId\":\"" + user + "\",\"accountId\":\"" + from
				+ "\",\"amount\":10.00,\"currency\":\"MXN\",\"description\":\"order\"}";
		String[] created = new String[1];

		document.assertCallsAnswerTheDocumentedSuccesses(
				List.of(new Call("GET /v1/accounts", () -> api.get("/v1/accounts")),
						new Call("GET /v1/accounts/{accountId}", () -> api.get("/v1/accounts/" + from)),
						new Call("GET /v1/accounts/{accountId}/balance",
								() -> api.get("/v1/accounts/" + from + "/balance")),
						new Call("POST /v1/transfers", () -> {
							var answer = api.header("Idempotency-Key", transferId)
								.post("/v1/transfers", transferBody(from, to, "5.00"));
							created[0] = answer.json("$.transferId");
							return answer;
						}), new Call("GET /v1/transfers/{transferId}", () -> api.get("/v1/transfers/" + created[0])),
						new Call("GET /v1/accounts/{accountId}/transactions",
								() -> api.get("/v1/accounts/" + from + "/transactions?from=2020-01-01T00:00:00Z")),
						new Call("GET /v1/transactions", () -> api.get("/v1/transactions?limit=5")),
						new Call("POST /v1/payments", () -> api.post("/v1/payments", payment)),
						new Call("POST /v1/payments", () -> api.post("/v1/payments", payment)),
						new Call("GET /v1/payments/{paymentId}", () -> api.get("/v1/payments/" + paymentId)),
						new Call("POST /v1/payments/{paymentId}/cashback",
								() -> api.post("/v1/payments/" + paymentId + "/cashback",
										"{\"amount\":1.00,\"currency\":\"MXN\"}")),
						new Call("POST /v1/payments/{paymentId}/refund",
								() -> api.post("/v1/payments/" + paymentId + "/refund", "")),
						new Call("POST /v1/payments/{paymentId}/void",
								() -> api.post("/v1/payments/" + paymentId + "/void", "")),
						new Call("GET /v1/market/alerts", () -> api.get("/v1/market/alerts?symbol=AMZN"))));
	}

	private void openSettlementAccount() {
		BigDecimal float_ = new BigDecimal("1000000.00");
		accounts.openIfAbsent(new Account(new AccountId("acc-merchant-settlement"), "merchant-settlement",
				AccountType.SETTLEMENT, "MXN", float_, float_, AccountStatus.ACTIVE, 0, "9999990001",
				"002180099999900019", Instant.now()));
	}

}
