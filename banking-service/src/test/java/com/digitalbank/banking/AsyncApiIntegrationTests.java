package com.digitalbank.banking;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.AsyncApiDocument;
import com.digitalbank.platform.test.ListenerQueues;
import com.digitalbank.platform.test.SentMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The AsyncAPI document against what the service does: the queues its listeners read,
 * found on the beans, and the queues it sends to while a transfer commits and a tick
 * crosses a threshold, seen at its SQS client. A publisher nobody declared shows up as a
 * queue sent to without a send operation; a new flow that publishes belongs in this test.
 */
class AsyncApiIntegrationTests extends BankingIntegrationTest {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	SentMessages sent;

	@Autowired
	SqsAsyncClient sqs;

	@Test
	void documentNamesEveryQueueTheServiceReadsAndWrites() {
		try (SentMessages.Recording recording = sent.record()) {
			String user = newUser();
			ApiResponse transfer = api(user).header("Idempotency-Key", UUID.randomUUID().toString())
				.post("/v1/transfers", transferBody(openAccount(user, "100.00"), openAccount(user, "0.00"), "10.00"));
			assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
			String symbol = "Y" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
			sendTick(symbol, "151.00");

			await().atMost(Duration.ofSeconds(30))
				.until(() -> recording.anyBodyContains(transfer.json("$.transferId"))
						&& recording.anyBodyContains(symbol));

			AsyncApiDocument document = AsyncApiDocument.validated(api(user).get("/asyncapi").body());
			document.assertReceivesFrom(ListenerQueues.of(context));
			document.assertSendsTo(recording.queues());
			document.assertDocumentsDeadLetterQueues(sqs);
		}
	}

	private void sendTick(String symbol, String price) {
		String url = sqs.getQueueUrl(request -> request.queueName("market-data")).join().queueUrl();
		sqs.sendMessage(request -> request.queueUrl(url)
			.messageBody(
					"{\"symbol\":\"" + symbol + "\",\"price\":" + price + ",\"timestamp\":\"" + Instant.now() + "\"}"))
			.join();
	}

}
