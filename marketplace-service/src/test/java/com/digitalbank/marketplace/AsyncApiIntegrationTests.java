package com.digitalbank.marketplace;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import com.digitalbank.marketplace.catalog.Product;
import com.digitalbank.marketplace.catalog.ProductId;
import com.digitalbank.marketplace.catalog.RetailerId;
import com.digitalbank.marketplace.catalog.persistence.ProductStore;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.AsyncApiDocument;
import com.digitalbank.platform.test.ListenerQueues;
import com.digitalbank.platform.test.SentMessages;
import io.awspring.cloud.sqs.listener.MessageListenerContainer;
import io.awspring.cloud.sqs.listener.MessageListenerContainerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The AsyncAPI document against what the service does: the queues its listeners read,
 * found on the beans, and the queues it sends to while a purchase runs its course to the
 * buyer's e-mail, seen at its SQS client. The purchase fails at its first step (its
 * product sold out between the request and the reservation), so the whole failure path,
 * notification included, runs without banking.
 */
class AsyncApiIntegrationTests extends MarketplaceIntegrationTest {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	SentMessages sent;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	ProductStore products;

	@Autowired
	MessageListenerContainerRegistry listeners;

	@Test
	void documentNamesEveryQueueTheServiceReadsAndWrites() {
		Product product = new Product(new ProductId("prd-asyncapi-" + UUID.randomUUID()),
				new RetailerId("ret-electro-mx"), "Cable USB-C", "accesorios", new BigDecimal("99.00"), "MXN", 1);
		products.put(product);
		String user = newUser();
		MessageListenerContainer<?> saga = ListenerQueues.container(listeners, "marketplace-saga");
		try (SentMessages.Recording recording = sent.record()) {
			ApiResponse started;
			saga.stop();
			try {
				started = api(user).post("/v1/purchases", "{\"productId\":\"" + product.productId().value()
						+ "\",\"quantity\":1,\"accountId\":\"acc-1\"}");
				assertThat(started.status()).as(started.body()).isEqualTo(202);
				products.put(product.withStock(0));
			}
			finally {
				saga.start();
			}
			String purchase = started.json("$.purchaseId");

			await().atMost(Duration.ofSeconds(30))
				.until(() -> recording.queues().contains("marketplace-notifications") && recording.sent()
					.stream()
					.anyMatch(sent -> sent.queue().equals("marketplace-events")
							&& sent.bodies().stream().anyMatch(body -> body.contains("USER_NOTIFIED"))));
			assertThat(api(user).get("/v1/purchases/" + purchase).<String>json("$.failureReason"))
				.isEqualTo("OUT_OF_STOCK");

			AsyncApiDocument document = AsyncApiDocument.validated(api(user).get("/asyncapi").body());
			document.assertReceivesFrom(ListenerQueues.of(context));
			document.assertSendsTo(recording.queues());
			document.assertDocumentsDeadLetterQueues(sqs);
		}
	}

}
