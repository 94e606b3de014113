package com.digitalbank.banking.markets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MarketAlertsIntegrationTests extends BankingIntegrationTest {

	private static final Random random = new Random();

	@Autowired
	SqsAsyncClient sqs;

	private final Set<String> seen = new HashSet<>();

	@Test
	void pricesBeyondTheThresholdsBecomeAlerts() {
		String symbol = symbol();
		Instant t = Instant.parse("2026-11-23T10:00:00Z");
		send(tick(symbol, "151.00", t), tick(symbol, "150.00", t.plusSeconds(1)),
				tick(symbol, "50.00", t.plusSeconds(2)), tick(symbol, "49.99", t.plusSeconds(3)));

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			ApiResponse alerts = api(newUser()).get("/v1/market/alerts?symbol=" + symbol);
			assertThat(alerts.<List<String>>json("$.items[*].direction")).containsExactly("BELOW_LOW", "ABOVE_HIGH");
		});
	}

	@Test
	void symbolsCanHaveTheirOwnThresholds() {
		Instant t = Instant.now();
		send(tick("TSLA", "250.00", t), tick("TSLA", "300.01", t.plusMillis(1)));

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			ApiResponse alerts = api(newUser()).get("/v1/market/alerts?symbol=TSLA&from=" + t);
			assertThat(alerts.<List<Object>>json("$.items[*].price")).containsExactly(300.01);
		});
	}

	@Test
	void aRedeliveredTickMakesNoSecondAlert() {
		String symbol = symbol();
		String tick = tick(symbol, "200.00", Instant.parse("2026-11-23T11:00:00Z"));
		send(tick);
		send(tick);

		// Both copies consumed: deleted after processing, or dead-lettered (checked
		// below).
		await().atMost(Duration.ofSeconds(30)).until(() -> messagesIn("market-data") == 0);
		assertThat(published(symbol)).hasSize(1);
		assertThat(api(newUser()).get("/v1/market/alerts?symbol=" + symbol).<List<Object>>json("$.items")).hasSize(1);
		assertThat(
				sqs.receiveMessage(r -> r.queueUrl(url("market-data-dlq")).maxNumberOfMessages(10).visibilityTimeout(0))
					.join()
					.messages())
			.extracting(Message::body)
			.doesNotContain(tick);
	}

	@Test
	void poisonTickGoesToTheDlqWhileTheRestOfItsBatchIsProcessed() {
		String symbol = symbol();
		Instant t = Instant.parse("2026-11-23T12:00:00Z");
		String poison = "{\"symbol\":\"" + symbol + "\",\"price\":\"lots\"}";
		send(tick(symbol, "500.00", t), poison, tick(symbol, "1.00", t.plusSeconds(1)));

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(
					api(newUser()).get("/v1/market/alerts?symbol=" + symbol).<List<Object>>json("$.items"))
				.hasSize(2));
		String dlq = url("market-data-dlq");
		await().atMost(Duration.ofSeconds(45))
			.untilAsserted(() -> assertThat(
					sqs.receiveMessage(r -> r.queueUrl(dlq).maxNumberOfMessages(10).visibilityTimeout(0))
						.join()
						.messages())
				.extracting(Message::body)
				.contains(poison));
	}

	/**
	 * Every alert published for the symbol so far. Reads take messages off the queue (a
	 * peek would count as a receive and dead-letter them), so what was seen is
	 * remembered.
	 */
	private Set<String> published(String symbol) {
		String queue = url("market-alerts-notifications");
		List<Message> messages;
		do {
			messages = sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10)).join().messages();
			for (Message message : messages) {
				if (message.body().contains("\"symbol\":\"" + symbol + "\"")) {
					seen.add(message.messageId());
				}
				sqs.deleteMessage(r -> r.queueUrl(queue).receiptHandle(message.receiptHandle())).join();
			}
		}
		while (!messages.isEmpty());
		return seen;
	}

	/** Visible, in flight or delayed: every message not yet deleted. */
	private int messagesIn(String queue) {
		return sqs
			.getQueueAttributes(r -> r.queueUrl(url(queue))
				.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
			.join()
			.attributes()
			.values()
			.stream()
			.mapToInt(Integer::parseInt)
			.sum();
	}

	private void send(String... bodies) {
		List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
		for (int i = 0; i < bodies.length; i++) {
			entries.add(SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(bodies[i]).build());
		}
		sqs.sendMessageBatch(r -> r.queueUrl(url("market-data")).entries(entries)).join();
	}

	private String url(String queue) {
		return sqs.getQueueUrl(r -> r.queueName(queue)).join().queueUrl();
	}

	private static String tick(String symbol, String price, Instant timestamp) {
		return "{\"symbol\":\"" + symbol + "\",\"price\":" + price + ",\"timestamp\":\"" + timestamp + "\"}";
	}

	private static String symbol() {
		StringBuilder symbol = new StringBuilder("X");
		for (int i = 0; i < 7; i++) {
			symbol.append((char) ('A' + random.nextInt(26)));
		}
		return symbol.toString();
	}

}
