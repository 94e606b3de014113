package com.digitalbank.orders.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.PipelineProbe;
import com.digitalbank.orders.ReceivedMail;
import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderManagement;
import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.orders.order.persistence.OrderStore;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.test.ListenerQueues;
import io.awspring.cloud.sqs.listener.MessageListenerContainer;
import io.awspring.cloud.sqs.listener.MessageListenerContainerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A sender that takes an e-mail's message, claims the e-mail and dies before sending it
 * leaves two things behind: the message, which SQS delivers again once its visibility
 * timeout has passed, and the claim. The retry must find the claim expired and send the
 * e-mail; if the claim outlived the visibility timeout, the retry would take the e-mail
 * for sent, acknowledge the message, and the customer would never get it.
 */
@OrderIntegrationTest
class DeadSenderIntegrationTests {

	@Autowired
	OrderStore store;

	@Autowired
	OrderPricing pricing;

	@Autowired
	OrderManagement orders;

	@Autowired
	MailProperties mail;

	@Autowired
	PipelineProperties pipeline;

	@Autowired
	EventPublisher publisher;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	S3Client s3;

	@Autowired
	MessageListenerContainerRegistry listeners;

	@Test
	void anEmailWhoseSenderDiedHoldingItsClaimIsSentWhenItsMessageComesBack() {
		assertThat(mail.claimTimeout()).isLessThan(pipeline.mailVisibilityTimeout());
		String tenant = "t-" + UUID.randomUUID();
		Order order = TestOrders.order(pricing, tenant, Instant.now().truncatedTo(ChronoUnit.MICROS), 1);
		store.insert(order);
		String queueUrl = new PipelineProbe(sqs, s3).queueUrl(PipelineProbe.CUSTOMER_CONFIRMATION);
		MessageListenerContainer<?> listener = ListenerQueues.container(listeners, PipelineProbe.CUSTOMER_CONFIRMATION);

		listener.stop();
		try {
			publisher.publish(PipelineProbe.CUSTOMER_CONFIRMATION,
					OutgoingEvent
						.of(OrderPipeline.INVOICE_CREATED,
								Map.of("tenantId", tenant, "orderId", order.orderId(), "invoiceKey", "unused"))
						.forTenant(tenant));
			// The sender that dies: it receives the message, which hides it for the
			// queue's visibility timeout, claims the e-mail, and is never heard of again.
			await().atMost(Duration.ofSeconds(10)).until(() -> receivedOwn(queueUrl, order.orderId()));
			assertThat(orders.claimEmail(tenant, order.orderId(), EmailKind.CUSTOMER_CONFIRMATION.name(),
					mail.claimTimeout()))
				.isPresent();
		}
		finally {
			listener.start();
		}

		ReceivedMail.awaitOne(order.customer().email(), order.orderNumber());
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> ReceivedMail.to(order.customer().email(), order.orderNumber()).size() == 1);
	}

	/**
	 * Whether a receive got this test's message. Other tests' messages that came along
	 * are made visible again at once.
	 */
	private boolean receivedOwn(String queueUrl, String orderId) {
		List<Message> messages = sqs
			.receiveMessage(receive -> receive.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
			.join()
			.messages();
		boolean own = false;
		for (Message message : messages) {
			if (message.body().contains(orderId)) {
				own = true;
			}
			else {
				sqs.changeMessageVisibility(
						change -> change.queueUrl(queueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout(0))
					.join();
			}
		}
		return own;
	}

}
