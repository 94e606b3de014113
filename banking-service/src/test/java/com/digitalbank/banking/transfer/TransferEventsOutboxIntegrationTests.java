package com.digitalbank.banking.transfer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.banking.SqsOutage;
import com.digitalbank.platform.test.ApiResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Transfer events go through the outbox: a transfer committed while SQS refuses every
 * send is still announced, once, when SQS is back.
 */
class TransferEventsOutboxIntegrationTests extends BankingIntegrationTest {

	@Autowired
	SqsOutage sqsOutage;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JsonMapper jsonMapper;

	@AfterEach
	void sqsIsBack() {
		sqsOutage.end();
	}

	@Test
	void transfersCommittedDuringAnSqsOutageAreAnnouncedOnceEachWhenItEnds() {
		String queueUrl = sqs.getQueueUrl(r -> r.queueName("banking-events")).join().queueUrl();
		String user = newUser();
		String from = openAccount(user, "1000.00");
		String to = openAccount(user, "0.00");
		List<String> transferIds = new ArrayList<>();

		sqsOutage.begin();
		for (int i = 0; i < 12; i++) {
			ApiResponse created = api(user).header("Idempotency-Key", UUID.randomUUID().toString())
				.post("/v1/transfers", transferBody(from, to, "1.00"));
			assertThat(created.status()).as("money moves while SQS is away: " + created.body()).isEqualTo(201);
			transferIds.add(created.json("$.transferId"));
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(meters.get("outbox.events.waiting").gauge().value()).as("events waiting for SQS")
						.isGreaterThanOrEqualTo(transferIds.size()));
		assertThat(meters.get("outbox.oldest.age").gauge().value()).isPositive();
		sqsOutage.end();

		DeduplicatingConsumer consumer = new DeduplicatingConsumer();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			consumer.receive(queueUrl);
			assertThat(consumer.transfersAnnounced).containsAll(transferIds);
		});
		assertThat(consumer.eventIdsByTransfer(transferIds)).allSatisfy((transferId, eventIds) -> assertThat(eventIds)
			.as("one event per transfer, however often it was delivered")
			.hasSize(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(meters.get("outbox.events.waiting").gauge().value()).isZero());
	}

	/** Reads the events queue and handles each event id once, as a consumer must. */
	private final class DeduplicatingConsumer {

		final Set<String> handledEventIds = new HashSet<>();

		final List<String> transfersAnnounced = new ArrayList<>();

		final Map<String, Set<String>> eventIds = new HashMap<>();

		void receive(String queueUrl) {
			List<Message> messages = sqs
				.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
				.join()
				.messages();
			for (Message message : messages) {
				JsonNode event = jsonMapper.readTree(message.body());
				String eventId = event.get("eventId").asString();
				String transferId = event.get("data").get("transferId").asString();
				eventIds.computeIfAbsent(transferId, key -> new HashSet<>()).add(eventId);
				if (handledEventIds.add(eventId)) {
					transfersAnnounced.add(transferId);
				}
				sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle())).join();
			}
		}

		Map<String, Set<String>> eventIdsByTransfer(List<String> transferIds) {
			Map<String, Set<String>> announced = new HashMap<>();
			transferIds.forEach(id -> announced.put(id, eventIds.getOrDefault(id, Set.of())));
			return announced;
		}

	}

}
