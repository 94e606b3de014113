package com.digitalbank.banking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import com.digitalbank.platform.messaging.BatchProcessor;
import com.digitalbank.platform.test.ApiResponse;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.messaging.Message;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

/**
 * One trace follows a transfer from banking's request to the consumer of its event,
 * across the transfer writer's thread, the outbox and SQS. banking-events has no consumer
 * in this service, so the test is that consumer: it reads the queue and hands the event
 * through the platform's batch processor, as a listener would.
 */
@ExtendWith(OutputCaptureExtension.class)
class TracingIntegrationTests extends BankingIntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(TracingIntegrationTests.class);

	private static final String REQUEST_LOGGER = DispatcherServlet.class.getName();

	@Autowired
	SqsTemplate sqsTemplate;

	@Autowired
	BatchProcessor batchProcessor;

	@Autowired
	LoggingSystem loggingSystem;

	@Autowired
	JsonMapper jsonMapper;

	@Test
	void aTransfersTraceIdIsInBankingsLogLineAndInTheConsumersLogLineOfItsEvent(CapturedOutput output) {
		String user = newUser();
		String from = openAccount(user, "100.00");
		String to = openAccount(user, "0.00");
		String correlationId = "traced-" + UUID.randomUUID();

		String transferId = transferLoggingTheRequest(user, from, to, correlationId);
		JsonNode bankingLine = logLine(output, line -> REQUEST_LOGGER.equals(text(line, "logger_name"))
				&& correlationId.equals(text(line, "correlationId")));
		String traceId = text(bankingLine, "traceId");
		assertThat(traceId).as("banking's line for the transfer carries a trace id").matches("\\p{XDigit}{32}");
		assertThat(text(bankingLine, "spanId")).matches("\\p{XDigit}{16}");

		Message<String> event = receiveEventOf(transferId);
		assertThat(event.getHeaders().get("traceparent", String.class)).startsWith("00-" + traceId + "-");
		batchProcessor.process(List.of(event), acknowledgement(),
				message -> log.info("Consumed {} of transfer {}", message.envelope().eventType(), transferId));

		// Found by its correlation id: an id in a message can be masked like an account
		// number.
		JsonNode consumerLine = logLine(output,
				line -> TracingIntegrationTests.class.getName().equals(text(line, "logger_name"))
						&& correlationId.equals(text(line, "correlationId")));
		assertThat(text(consumerLine, "traceId")).as("the consumer's line is in the transfer's trace")
			.isEqualTo(traceId);
		assertThat(text(consumerLine, "spanId")).as("in a span of its own").isNotEqualTo(text(bankingLine, "spanId"));
	}

	/**
	 * Banking logs nothing of its own for a transfer that succeeds; the request line the
	 * dispatcher logs at debug level stands for any line logged while serving it.
	 */
	private String transferLoggingTheRequest(String user, String from, String to, String correlationId) {
		loggingSystem.setLogLevel(REQUEST_LOGGER, LogLevel.DEBUG);
		try {
			ApiResponse created = api(user).header("Idempotency-Key", UUID.randomUUID().toString())
				.header("X-Correlation-Id", correlationId)
				.post("/v1/transfers", transferBody(from, to, "10.00"));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			return created.json("$.transferId");
		}
		finally {
			loggingSystem.setLogLevel(REQUEST_LOGGER, null);
		}
	}

	/**
	 * Reads banking-events until this transfer's event arrives; other tests' events read
	 * on the way are acknowledged too, as nobody waits for them.
	 */
	private Message<String> receiveEventOf(String transferId) {
		List<Message<String>> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			sqsTemplate
				.receiveMany(
						from -> from.queue("banking-events").maxNumberOfMessages(10).pollTimeout(Duration.ofSeconds(1)),
						String.class)
				.stream()
				.filter(message -> transferId.equals(dataField(message.getPayload(), "transferId")))
				.forEach(found::add);
			return !found.isEmpty();
		});
		return found.getFirst();
	}

	private String dataField(String body, String field) {
		JsonNode data = jsonMapper.readTree(body).get("data");
		return data != null && data.hasNonNull(field) ? data.get(field).asString() : null;
	}

	private JsonNode logLine(CapturedOutput output, Predicate<JsonNode> matches) {
		Optional<JsonNode> line = output.getOut()
			.lines()
			.filter(text -> text.startsWith("{\"@timestamp\""))
			.map(jsonMapper::readTree)
			.filter(matches)
			.findFirst();
		assertThat(line).as("a log line among:%n%s", output.getOut()).isPresent();
		return line.get();
	}

	private static String text(JsonNode line, String field) {
		return line.hasNonNull(field) ? line.get(field).asString() : "";
	}

	@SuppressWarnings("unchecked")
	private static BatchAcknowledgement<String> acknowledgement() {
		return mock(BatchAcknowledgement.class);
	}

}
