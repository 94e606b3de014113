package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.transfer.commit.TransferWriter;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TransferIntegrationTests extends BankingIntegrationTest {

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	DynamoDbClient dynamoDb;

	@Autowired
	TransferWriter writer;

	@Test
	void movesMoneyAndWritesBothLedgerEntries() {
		String user = newUser();
		String payee = newUser();
		String from = openAccount(user, "1000.00");
		String to = openAccount(payee, "50.00");

		ApiResponse created = keyed(user).post("/v1/transfers", transferBody(from, to, "250.25"));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String transferId = created.json("$.transferId");
		assertThat(created.header("Location")).isEqualTo("/v1/transfers/" + transferId);
		assertThat(created.<String>json("$.status")).isEqualTo("COMPLETED");
		assertThat(account(from).balance()).isEqualByComparingTo("749.75");
		assertThat(account(to).balance()).isEqualByComparingTo("300.25");
		ApiResponse debit = api(user).get("/v1/accounts/" + from + "/transactions");
		assertThat(debit.<String>json("$.items[0].type")).isEqualTo("DEBIT");
		assertThat(debit.<String>json("$.items[0].transferId")).isEqualTo(transferId);
		assertThat(debit.body()).contains("\"amount\":250.25").contains("\"balanceAfter\":749.75");
		ApiResponse credit = api(payee).get("/v1/accounts/" + to + "/transactions");
		assertThat(credit.<String>json("$.items[0].type")).isEqualTo("CREDIT");
		assertThat(credit.<String>json("$.items[0].transferId")).isEqualTo(transferId);
		assertThat(credit.body()).contains("\"amount\":250.25").contains("\"balanceAfter\":300.25");
		assertThat(api(user).get("/v1/transfers/" + transferId).<String>json("$.toAccountId")).isEqualTo(to);
	}

	@Test
	void sameKeyReplaysWithoutMovingMoneyAgain() {
		String user = newUser();
		String from = openAccount(user, "100.00");
		String to = openAccount(user, "0.00");
		ApiClient client = keyed(user);

		ApiResponse first = client.post("/v1/transfers", transferBody(from, to, "40.00"));
		ApiResponse second = client.post("/v1/transfers", transferBody(from, to, "40.00"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(account(from).balance()).isEqualByComparingTo("60.00");
	}

	@Test
	void reusingAKeyForAnotherTransferIsRefusedAndMovesNothing() {
		String user = newUser();
		String from = openAccount(user, "100.00");
		String to = openAccount(user, "0.00");
		ApiClient succeeded = keyed(user);
		ApiClient refused = keyed(user);
		assertThat(succeeded.post("/v1/transfers", transferBody(from, to, "40.00")).status()).isEqualTo(201);
		assertThat(refused.post("/v1/transfers", transferBody(from, to, "60.01")).status()).isEqualTo(422);

		// Each would go through under a fresh key: 60.00 is left.
		assertProblem(succeeded.post("/v1/transfers", transferBody(from, to, "41.00")), 422, "IDEMPOTENCY_KEY_REUSED");
		assertProblem(refused.post("/v1/transfers", transferBody(from, to, "60.00")), 422, "IDEMPOTENCY_KEY_REUSED");
		assertThat(account(from).balance()).isEqualByComparingTo("60.00");
		assertThat(api(user).get("/v1/accounts/" + from + "/transactions").<List<Object>>json("$.items")).hasSize(1);
	}

	@Test
	void answersConcurrentUpdateWhileTheWriterTakesNoTransfersAndTheSameKeyRunsLater() {
		String user = newUser();
		String from = openAccount(user, "100.00");
		String to = openAccount(user, "0.00");
		ApiClient client = keyed(user);
		ApiResponse busy;
		// A stopped writer answers every transfer Busy, as one that stays contended does.
		writer.stop();
		try {
			busy = client.post("/v1/transfers", transferBody(from, to, "10.00"));
		}
		finally {
			writer.start();
		}

		assertProblem(busy, 503, "CONCURRENT_UPDATE");
		assertThat(account(from).balance()).isEqualByComparingTo("100.00");
		ApiResponse retry = client.post("/v1/transfers", transferBody(from, to, "10.00"));
		assertThat(retry.status()).as(retry.body()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).as("the 503 left the key free").isNull();
		assertThat(account(from).balance()).isEqualByComparingTo("90.00");
	}

	@Test
	void retryThatWouldNowOverdrawReplaysTheTransfer() {
		String user = newUser();
		String from = openAccount(user, "100.00");
		String to = openAccount(user, "0.00");
		ApiClient client = keyed(user);

		ApiResponse first = client.post("/v1/transfers", transferBody(from, to, "100.00"));
		ApiResponse retry = client.post("/v1/transfers", transferBody(from, to, "100.00"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(account(from).balance()).isEqualByComparingTo("0.00");
	}

	@Test
	void concurrentRequestsWithOneKeyMoveMoneyOnce() throws Exception {
		String user = newUser();
		String from = openAccount(user, "100.00");
		String to = openAccount(user, "0.00");
		ApiClient client = keyed(user);
		String body = transferBody(from, to, "10.00");

		Callable<ApiResponse> post = () -> client.post("/v1/transfers", body);
		List<ApiResponse> responses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
			for (Future<ApiResponse> future : pool.invokeAll(Collections.nCopies(32, post))) {
				responses.add(future.get());
			}
		}

		assertThat(account(from).balance()).isEqualByComparingTo("90.00");
		assertThat(responses).extracting(ApiResponse::status).containsOnly(201);
		assertThat(responses).extracting(r -> r.<String>json("$.transferId")).containsOnly(transferIdOf(responses));
		assertThat(responses).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
	}

	private static String transferIdOf(List<ApiResponse> responses) {
		return responses.getFirst().json("$.transferId");
	}

	@Test
	void refusesTransferWhenFundsAreInsufficient() {
		String user = newUser();
		String from = openAccount(user, "10.00");
		String to = openAccount(user, "0.00");

		assertProblem(keyed(user).post("/v1/transfers", transferBody(from, to, "10.01")), 422, "INSUFFICIENT_FUNDS");
		assertThat(account(from).balance()).isEqualByComparingTo("10.00");
	}

	@Test
	void refusesEveryKindOfBadTransfer() {
		String user = newUser();
		String from = openAccount(user, "500000.00");
		String to = openAccount(user, "0.00");
		String frozen = openAccount(user, "0.00", "MXN", AccountStatus.FROZEN);
		String dollars = openAccount(user, "0.00", "USD", AccountStatus.ACTIVE);
		String strangers = openAccount(newUser(), "100.00");

		assertProblem(keyed(user).post("/v1/transfers", transferBody(from, from, "1.00")), 400, "SAME_ACCOUNT");
		assertProblem(keyed(user).post("/v1/transfers", transferBody(from, to, "100000.01")), 422, "LIMIT_EXCEEDED");
		assertProblem(keyed(user).post("/v1/transfers", transferBody(from, "acc-nope", "1.00")), 404,
				"ACCOUNT_NOT_FOUND");
		assertProblem(keyed(user).post("/v1/transfers", transferBody(strangers, to, "1.00")), 404, "ACCOUNT_NOT_FOUND");
		assertProblem(keyed(user).post("/v1/transfers", transferBody(from, frozen, "1.00")), 422, "ACCOUNT_INACTIVE");
		assertProblem(keyed(user).post("/v1/transfers", transferBody(from, dollars, "1.00")), 422, "CURRENCY_MISMATCH");
		assertProblem(keyed(user).post("/v1/transfers", transferBody(from, to, "1.001")), 400, "VALIDATION_FAILED");
		assertProblem(keyed(user).post("/v1/transfers", transferBody(from, to, "-5")), 400, "VALIDATION_FAILED");
		assertProblem(api(user).post("/v1/transfers", transferBody(from, to, "1.00")), 400, "MISSING_HEADER");
		assertThat(account(from).balance()).isEqualByComparingTo("500000.00");
	}

	@Test
	void seesChangesAnotherInstanceMadeToAnAccountItHadRemembered() {
		String user = newUser();
		String from = openAccount(user, "10.00");
		String to = openAccount(user, "0.00");
		assertThat(keyed(user).post("/v1/transfers", transferBody(from, to, "5.00")).status()).isEqualTo(201);
		// Another instance credits the account: balance 5.00 -> 105.00, version moves on.
		dynamoDb.updateItem(update -> update.tableName("bank-accounts")
			.key(Map.of("accountId", AttributeValue.fromS(from)))
			.updateExpression("SET balance = balance + :hundred, version = version + :one")
			.expressionAttributeValues(
					Map.of(":hundred", AttributeValue.fromN("100"), ":one", AttributeValue.fromN("1"))));

		ApiResponse refusedOnlyOnStaleData = keyed(user).post("/v1/transfers", transferBody(from, to, "50.00"));
		ApiResponse conflictingOnStaleVersion = keyed(user).post("/v1/transfers", transferBody(to, from, "1.00"));

		assertThat(refusedOnlyOnStaleData.status()).as(refusedOnlyOnStaleData.body()).isEqualTo(201);
		assertThat(conflictingOnStaleVersion.status()).isEqualTo(201);
		assertThat(account(from).balance()).isEqualByComparingTo("56.00");
		assertThat(api(user).get("/v1/accounts/" + from + "/transactions?limit=1").body())
			.contains("\"balanceAfter\":56.00");
	}

	@Test
	void anotherUsersTransferIsNotFound() {
		String user = newUser();
		String from = openAccount(user, "100.00");
		String id = keyed(user).post("/v1/transfers", transferBody(from, openAccount(user, "0"), "1.00"))
			.json("$.transferId");

		assertProblem(api(newUser()).get("/v1/transfers/" + id), 404, "TRANSFER_NOT_FOUND");
	}

	@Test
	void announcesCompletedTransfersOnTheEventsQueue() {
		String queueUrl = sqs.getQueueUrl(r -> r.queueName("banking-events")).join().queueUrl();
		// Other tests fill this queue too; nothing consumes it, so start from empty.
		sqs.purgeQueue(r -> r.queueUrl(queueUrl)).join();
		String user = newUser();
		String from = openAccount(user, "100.00");
		String id = keyed(user).post("/v1/transfers", transferBody(from, openAccount(user, "0"), "7.00"))
			.json("$.transferId");

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			List<Message> messages = sqs
				.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).messageAttributeNames("All"))
				.join()
				.messages();
			return messages.stream()
				.anyMatch(message -> message.body().contains(id)
						&& message.body().contains("\"eventType\":\"TRANSFER_COMPLETED\"")
						&& message.messageAttributes().containsKey("correlationId"));
		});
	}

	private ApiClient keyed(String user) {
		return api(user).header("Idempotency-Key", UUID.randomUUID().toString());
	}

}
