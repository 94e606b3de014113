package com.digitalbank.platform.messaging;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import com.digitalbank.platform.testapp.Recorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorrelationAndMessagingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Recorder recorder;

	@Autowired
	SqsAsyncClient sqs;

	@Test
	void correlationIdSurvivesHttpToSqsToListenerToOutgoingHttp() {
		String correlationId = "journey-" + UUID.randomUUID();

		ApiResponse response = ApiClient.on(port)
			.as("user-123")
			.header("X-Correlation-Id", correlationId)
			.post("/test/events", "{\"name\":\"journey\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>json("$.correlationId")).isEqualTo(correlationId);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(recorder.echoedCorrelationIds).contains(correlationId));
	}

	@Test
	void poisonMessageIsDeadLetteredWhileItsBatchGoesThrough() {
		String run = UUID.randomUUID().toString();
		String queueUrl = url(PlatformTestApplication.EVENTS_QUEUE);
		String dlqUrl = url(PlatformTestApplication.EVENTS_QUEUE + "-dlq");

		sqs.sendMessageBatch(batch -> batch.queueUrl(queueUrl)
			.entries(entry("good-1-" + run, envelope("{\"name\":\"good-1-" + run + "\"}")),
					entry("poison-json-" + run, "this is not json " + run),
					entry("poison-data-" + run, envelope("{\"poison\":true,\"name\":\"" + run + "\"}")),
					entry("good-2-" + run, envelope("{\"name\":\"good-2-" + run + "\"}"))))
			.join();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(recorder.handledEvents).contains("good-1-" + run, "good-2-" + run));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			List<Message> dead = sqs
				.receiveMessage(receive -> receive.queueUrl(dlqUrl).maxNumberOfMessages(10).visibilityTimeout(0))
				.join()
				.messages();
			assertThat(dead).extracting(Message::body).filteredOn(body -> body.contains(run)).hasSize(2);
		});
		assertThat(recorder.handledEvents).filteredOn(name -> name.contains(run)).hasSize(2);
	}

	private String url(String queue) {
		return sqs.getQueueUrl(request -> request.queueName(queue)).join().queueUrl();
	}

	private static SendMessageBatchRequestEntry entry(String id, String body) {
		return SendMessageBatchRequestEntry.builder().id(id.replaceAll("[^A-Za-z0-9_-]", "")).messageBody(body).build();
	}

	private static String envelope(String data) {
		return "{\"version\":1,\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"TEST_EVENT\","
				+ "\"correlationId\":\"c-" + UUID.randomUUID() + "\",\"timestamp\":\"2026-11-23T10:00:00Z\","
				+ "\"source\":\"test\",\"data\":" + data + "}";
	}

}
