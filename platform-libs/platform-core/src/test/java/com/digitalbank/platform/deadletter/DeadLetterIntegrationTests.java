package com.digitalbank.platform.deadletter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code queues} endpoint of the platform's test service: its events queue has a
 * listener that fails poison messages; nobody listens on its parked queue, so what is
 * redriven there stays to be read.
 */
@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterIntegrationTests {

	private static final String EVENTS = PlatformTestApplication.EVENTS_QUEUE;

	private static final String PARKED = PlatformTestApplication.PARKED_QUEUE;

	@LocalServerPort
	int port;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	DeadLetterWatch watch;

	@Autowired
	MeterRegistry meters;

	@Test
	void listsEveryDeclaredQueueWithItsDepthAndItsDeadLetterQueuesDepth() {
		String run = UUID.randomUUID().toString();
		send(PARKED + "-dlq", "parked " + run, Map.of());

		ApiResponse response = operator().get("/actuator/queues");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.<List<String>>json("$.queues[*].name")).contains(EVENTS, PARKED);
		assertThat(response.<List<String>>json("$.queues[?(@.name == '" + PARKED + "')].deadLetterQueue"))
			.containsExactly(PARKED + "-dlq");
		assertThat(response.<List<Integer>>json("$.queues[?(@.name == '" + PARKED + "')].deadLetterMessages"))
			.singleElement()
			.satisfies(depth -> assertThat(depth).isPositive());
		assertThat(response.<List<Integer>>json("$.queues[?(@.name == '" + EVENTS + "')].maxReceiveCount"))
			.containsExactly(3);
	}

	@Test
	void aPoisonMessageIsListedWithTheFailureThatDeadLetteredIt() {
		String run = UUID.randomUUID().toString();
		send(EVENTS, envelope("{\"poison\":true,\"name\":\"" + run + "\"}"), Map.of("correlationId", "c-" + run));

		Map<String, Object> dead = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> deadLetter(EVENTS, run), found -> found != null);

		assertThat(dead.get("body").toString()).contains(run);
		assertThat(dead).extractingByKey("attributes").isEqualTo(Map.of("correlationId", "c-" + run));
		assertThat((Integer) dead.get("receiveCount")).isGreaterThan(3);
		assertThat(dead.get("sentAt")).isNotNull();
		assertThat(dead).extractingByKey("failure")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("exception", IllegalArgumentException.class.getName())
			.containsEntry("message", "poison")
			.containsEntry("receiveCount", 3);
		// Listing received it; it is visible again at once.
		assertThat(deadLetter(EVENTS, run)).isNotNull();
	}

	@Test
	void aMessageDeadLetteredWithoutAFailureHasNoneListed() {
		String run = UUID.randomUUID().toString();
		send(PARKED + "-dlq", "parked " + run, Map.of());

		Map<String, Object> dead = deadLetter(PARKED, run);

		assertThat(dead).isNotNull().doesNotContainKey("failure");
	}

	@Test
	void redrivesChosenMessagesToTheirSourceQueueWithTheirAttributesAndDeletesThemOnlyThen() {
		String run = UUID.randomUUID().toString();
		Map<String, String> attributes = Map.of("correlationId", "c-" + run, "eventType", "TEST_EVENT");
		send(PARKED + "-dlq", "first " + run, attributes);
		send(PARKED + "-dlq", "second " + run, attributes);
		String first = messageId(deadLetterWithBody(PARKED, "first " + run));
		String missing = UUID.randomUUID().toString();

		ApiResponse report = operator().post("/actuator/queues/" + PARKED,
				"{\"messageIds\":\"" + first + "," + missing + "\"}");

		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		assertThat(report.<Integer>json("$.moved")).isEqualTo(1);
		assertThat(report.<Integer>json("$.failed")).isEqualTo(1);
		assertThat(report.<List<String>>json("$.messages[?(@.messageId == '" + first + "')].result"))
			.containsExactly("MOVED");
		assertThat(report.<List<String>>json("$.messages[?(@.messageId == '" + missing + "')].result"))
			.containsExactly("NOT_FOUND");
		Message moved = receiveFrom(PARKED, "first " + run);
		assertThat(moved.messageId()).isEqualTo(report.<String>json("$.messages[0].newMessageId"));
		assertThat(moved.messageAttributes()).containsOnlyKeys("correlationId", "eventType");
		assertThat(moved.messageAttributes().get("correlationId").stringValue()).isEqualTo("c-" + run);
		assertThat(deadLetterWithBody(PARKED, "first " + run)).isNull();
		assertThat(deadLetterWithBody(PARKED, "second " + run)).isNotNull();
	}

	@Test
	void redrivesEveryMessageWhenNoneIsNamed() {
		String run = UUID.randomUUID().toString();
		send(PARKED + "-dlq", "all-1 " + run, Map.of());
		send(PARKED + "-dlq", "all-2 " + run, Map.of());

		ApiResponse report = operator().post("/actuator/queues/" + PARKED + "-dlq", "{}");

		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		assertThat(report.<Integer>json("$.failed")).isZero();
		assertThat(report.<Integer>json("$.moved")).isGreaterThanOrEqualTo(2);
		assertThat(receiveFrom(PARKED, "all-1 " + run)).isNotNull();
		assertThat(receiveFrom(PARKED, "all-2 " + run)).isNotNull();
		assertThat(deadLetterWithBody(PARKED, run)).isNull();
	}

	@Test
	void anUnknownQueueIsNotFound() {
		ApiResponse response = operator().get("/actuator/queues/nobody-declared-this");

		assertProblem(response, 404, "QUEUE_NOT_FOUND");
		assertProblem(operator().post("/actuator/queues/nobody-declared-this", "{}"), 404, "QUEUE_NOT_FOUND");
	}

	@Test
	void aMalformedMessageIdOrLimitIsRefused() {
		assertProblem(operator().post("/actuator/queues/" + PARKED, "{\"messageIds\":\"../../etc\"}"), 400,
				"INVALID_MESSAGE_ID");
		assertProblem(operator().post("/actuator/queues/" + PARKED, "{\"messageIds\":\" , \"}"), 400,
				"INVALID_MESSAGE_ID");
		assertProblem(operator().post("/actuator/queues/" + PARKED, "{\"messageIds\":[\"a\"]}"), 400,
				"MALFORMED_REQUEST");
		assertProblem(operator().get("/actuator/queues/" + PARKED + "?limit=0"), 400, "INVALID_LIMIT");
		assertProblem(operator().get("/actuator/queues/" + PARKED + "?limit=many"), 400, "MALFORMED_REQUEST");
	}

	@Test
	void operatorsOnly() {
		ApiResponse anonymous = ApiClient.on(port).get("/actuator/queues");
		ApiResponse user = ApiClient.on(port).as("user-123", "acme", "banking orders").get("/actuator/queues");

		assertProblem(anonymous, 401, "UNAUTHORIZED");
		assertProblem(user, 403, "INSUFFICIENT_SCOPE");
		assertThat(user.<String>json("$.detail")).contains("ops");
		assertProblem(ApiClient.on(port).as("user-123", "acme", "banking").post("/actuator/queues/" + PARKED, "{}"),
				403, "INSUFFICIENT_SCOPE");
	}

	@Test
	void theWatchMeasuresEachDeadLetterQueueAndWarnsWhenOneFillsUp(CapturedOutput output) {
		String queue = "platform-test-watched-" + UUID.randomUUID();
		// The parked queue's dead-letter queue holds messages of other tests: read it.
		send(PARKED + "-dlq", "watched " + queue, Map.of());

		watch.poll();

		assertThat(meters.get(DeadLetterWatch.GAUGE).tag("queue", PARKED).gauge().value()).isPositive();
		assertThat(output.getOut()).contains("Dead-letter queue " + PARKED + "-dlq holds");
	}

	private ApiClient operator() {
		return ApiClient.on(port).as("operator", null, "ops");
	}

	private Map<String, Object> deadLetter(String queue, String text) {
		ApiResponse response = operator().get("/actuator/queues/" + queue + "?limit=100");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<Map<String, Object>> found = response.json("$.messages[?(@.body =~ /.*" + text + ".*/)]");
		return found.isEmpty() ? null : found.get(0);
	}

	private Map<String, Object> deadLetterWithBody(String queue, String body) {
		return deadLetter(queue, body.replace(" ", "\\s"));
	}

	private static String messageId(Map<String, Object> deadLetter) {
		assertThat(deadLetter).isNotNull();
		return deadLetter.get("messageId").toString();
	}

	private Message receiveFrom(String queue, String body) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> sqs
				.receiveMessage(receive -> receive.queueUrl(url(queue))
					.maxNumberOfMessages(10)
					.messageAttributeNames("All")
					.visibilityTimeout(0)
					.waitTimeSeconds(1))
				.join()
				.messages()
				.stream()
				.filter(message -> message.body().equals(body))
				.findFirst()
				.orElse(null), found -> found != null);
	}

	private void send(String queue, String body, Map<String, String> attributes) {
		Map<String, MessageAttributeValue> values = new java.util.HashMap<>();
		attributes.forEach((name, value) -> values.put(name,
				MessageAttributeValue.builder().dataType("String").stringValue(value).build()));
		sqs.sendMessage(send -> send.queueUrl(url(queue)).messageBody(body).messageAttributes(values)).join();
	}

	private String url(String queue) {
		return sqs.getQueueUrl(request -> request.queueName(queue)).join().queueUrl();
	}

	private static String envelope(String data) {
		return "{\"version\":1,\"eventId\":\"" + UUID.randomUUID()
				+ "\",\"eventType\":\"TEST_EVENT\",\"correlationId\":\"c\",\"timestamp\":\"2026-01-01T00:00:00Z\","
				+ "\"source\":\"test\",\"data\":" + data + "}";
	}

	private static void assertProblem(ApiResponse response, int status, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo(code);
	}

}
