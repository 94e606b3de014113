package com.digitalbank.orders;

import java.util.UUID;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.AsyncApiDocument;
import com.digitalbank.platform.test.ListenerQueues;
import com.digitalbank.platform.test.SentMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document against what the service does: the queues its listeners read,
 * found on the beans, and the queues it sends to while one order runs the whole pipeline
 * (both e-mails sent means every step has published), seen at its SQS client. A publisher
 * nobody declared shows up as a queue sent to without a send operation.
 */
@OrderIntegrationTest
class AsyncApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	SentMessages sent;

	@Autowired
	SqsAsyncClient sqs;

	@Test
	void documentNamesEveryQueueTheServiceReadsAndWrites() {
		try (SentMessages.Recording recording = sent.record()) {
			String email = "asyncapi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
			ApiClient client = ApiClient.on(port).as("user-1", "t-" + UUID.randomUUID());
			ApiResponse accepted = client.post("/v1.0/orders", OrderRequests.json(OrderRequests.valid(email)));
			assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
			String orderNumber = accepted.json("$.orderNumber");

			ReceivedMail.awaitOne(email, orderNumber);
			ReceivedMail.awaitOne("orders-team@digitalbank.example", orderNumber);

			AsyncApiDocument document = AsyncApiDocument.validated(client.get("/asyncapi").body());
			document.assertReceivesFrom(ListenerQueues.of(context));
			document.assertSendsTo(recording.queues());
			document.assertDocumentsDeadLetterQueues(sqs);
		}
	}

}
