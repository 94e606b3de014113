package com.digitalbank.orders.order;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.digitalbank.localstack.MimeParts;
import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.OrderRequests;
import com.digitalbank.orders.PipelineProbe;
import com.digitalbank.orders.ReceivedMail;
import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.invoice.InvoiceIssuing;
import com.digitalbank.orders.notification.OrderEmails;
import com.digitalbank.orders.order.persistence.OrderStore;
import com.digitalbank.platform.logging.PiiMasker;
import com.digitalbank.platform.messaging.EventEnvelope;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OrderIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OrderPipelineIntegrationTests {

	private static final String TEAM = "orders-team@digitalbank.example";

	private static final Pattern LINK = Pattern.compile("(https?://\\S+/invoices/\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	DynamoDbClient dynamoDb;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	S3Client s3;

	@Autowired
	EventPublisher publisher;

	@Autowired
	OrderStore store;

	@Autowired
	OrderPricing pricing;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	LoggingSystem logging;

	@Test
	void aPlacedOrderIsRecordedInvoicedAndConfirmedWithADownloadableInvoice() throws Exception {
		String tenant = "t-" + UUID.randomUUID();
		String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		ApiResponse accepted = ApiClient.on(port)
			.as("user-1", tenant)
			.post("/v1.0/orders", OrderRequests.json(OrderRequests.valid(email)));
		String orderId = accepted.json("$.orderId");
		String orderNumber = accepted.json("$.orderNumber");
		PipelineProbe probe = new PipelineProbe(sqs, s3);

		Map<String, AttributeValue> item = await().atMost(Duration.ofSeconds(20))
			.until(() -> dynamoDb
				.getItem(get -> get.tableName("orders")
					.key(Map.of("PK", AttributeValue.fromS("TENANT#" + tenant), "SK",
							AttributeValue.fromS("ORDER#" + orderId))))
				.item(), found -> found != null && !found.isEmpty());
		assertThat(item.get("GSI1PK").s()).isEqualTo("TENANT#" + tenant);
		assertThat(item.get("GSI1SK").s()).endsWith("#" + orderId);
		assertThat(item.get("orderId").s()).isEqualTo(orderId);
		assertThat(item.get("total").n()).isEqualTo("3129.91");

		String key = "invoices/" + tenant + "/" + orderId + ".pdf";
		byte[] pdf = await().atMost(Duration.ofSeconds(30)).until(() -> probe.invoice(key), Objects::nonNull);
		assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains(orderNumber, "3,129.91");

		MimeMessage customer = ReceivedMail.awaitOne(email, orderNumber);
		MimeMessage internal = ReceivedMail.awaitOne(TEAM, orderNumber);
		String text = MimeParts.first(customer, "text/plain");
		assertThat(MimeParts.first(customer, "text/html")).contains(orderNumber, "3,129.91", "Download your invoice");
		assertThat(text).contains(orderNumber, "3,129.91", "7 days");
		assertThat(MimeParts.first(internal, "text/plain")).contains(orderNumber, tenant, "WELCOME10");
		assertThat(MimeParts.first(internal, "text/html")).contains(orderNumber);

		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link.group(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(
				ApiClient.on(port).as("user-1", tenant).get("/v1.0/orders/" + orderId).<Boolean>json("$.invoiceIssued"))
			.isTrue();
	}

	/**
	 * Each step answers a redelivery by handling it, not by failing it into its DLQ
	 * (which would leave mail, invoice and order just as unchanged). Handled, each one
	 * reaches its step's idempotent decision, seen in the step's log: the record writer's
	 * redelivery tells invoice and internal notification again, and each invoice
	 * redelivery tells the customer confirmation again. So the invoice step decides
	 * "issued before" twice, the internal e-mail "sent before" twice and the customer
	 * e-mail three times; a failed redelivery lowers these counts. The dead-letter queues
	 * are emptied first and must stay empty.
	 */
	@Test
	void redeliveredMessagesAreHandledWithoutASecondEmailOrInvoice(CapturedOutput output) {
		String tenant = "t-" + UUID.randomUUID();
		String email = "again-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String orderId = ApiClient.on(port)
			.as("user-1", tenant)
			.post("/v1.0/orders", OrderRequests.json(OrderRequests.valid(email)))
			.json("$.orderId");
		PipelineProbe probe = new PipelineProbe(sqs, s3);
		String key = "invoices/" + tenant + "/" + orderId + ".pdf";
		Order order = await().atMost(Duration.ofSeconds(20))
			.until(() -> store.find(tenant, orderId).orElse(null), Objects::nonNull);
		ReceivedMail.awaitOne(email, order.orderNumber());
		ReceivedMail.awaitOne(TEAM, order.orderNumber());
		String etag = probe.invoiceETag(key);
		probe.awaitDrained(Duration.ofSeconds(40));
		probe.purgeDeadLetters();
		Order invoiced = store.find(tenant, orderId).orElseThrow();

		try (StepDecisions decisions = StepDecisions.logged(logging)) {
			Map<String, String> recorded = Map.of("tenantId", tenant, "orderId", orderId);
			publisher.publish(PipelineProbe.CREATION,
					OutgoingEvent.of(OrderPipeline.ORDER_SUBMITTED, order).forTenant(tenant));
			publisher.publish(PipelineProbe.INVOICE,
					OutgoingEvent.of(OrderPipeline.ORDER_RECORDED, recorded).forTenant(tenant));
			publisher.publish(PipelineProbe.INTERNAL_NOTIFICATION,
					OutgoingEvent.of(OrderPipeline.ORDER_RECORDED, recorded).forTenant(tenant));
			publisher.publish(PipelineProbe.CUSTOMER_CONFIRMATION,
					OutgoingEvent
						.of(OrderPipeline.INVOICE_CREATED,
								Map.of("tenantId", tenant, "orderId", orderId, "invoiceKey", key))
						.forTenant(tenant));
			probe.awaitDrained(Duration.ofSeconds(40));
		}

		assertThat(probe.deadLetterDepths()).hasSize(4)
			.allSatisfy((queue, depth) -> assertThat(depth).as("messages in " + queue).isZero());
		assertThat(lines(output, "Invoice of order " + orderId + " was issued before")).isEqualTo(2);
		assertThat(lines(output, "INTERNAL_NOTIFICATION of order " + orderId + " was sent")).isEqualTo(2);
		assertThat(lines(output, "CUSTOMER_CONFIRMATION of order " + orderId + " was sent")).isEqualTo(3);
		assertThat(ReceivedMail.to(email, order.orderNumber())).hasSize(1);
		assertThat(ReceivedMail.to(TEAM, order.orderNumber())).hasSize(1);
		assertThat(probe.invoiceETag(key)).isEqualTo(etag);
		assertThat(store.find(tenant, orderId)).contains(invoiced);
	}

	/**
	 * Each step reads only the event it was written for. Every message here would be
	 * handled if its type were not checked (an order recorded, an invoice issued, two
	 * e-mails sent); checked, each one ends in its step's DLQ and changes nothing.
	 */
	@Test
	void everyStepDeadLettersAnEventOfAnotherType() {
		String tenant = "t-" + UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Order recorded = TestOrders.order(pricing, tenant, now, 1);
		Order unrecorded = TestOrders.order(pricing, tenant, now.plusSeconds(1), 1);
		store.insert(recorded);
		String key = "invoices/" + tenant + "/" + recorded.orderId() + ".pdf";
		Map<String, String> keyOfRecorded = Map.of("tenantId", tenant, "orderId", recorded.orderId(), "invoiceKey",
				key);
		PipelineProbe probe = new PipelineProbe(sqs, s3);

		publisher.publish(PipelineProbe.CREATION,
				OutgoingEvent.of(OrderPipeline.ORDER_RECORDED, unrecorded).forTenant(tenant));
		publisher.publish(PipelineProbe.INVOICE,
				OutgoingEvent.of(OrderPipeline.INVOICE_CREATED, keyOfRecorded).forTenant(tenant));
		publisher.publish(PipelineProbe.INTERNAL_NOTIFICATION,
				OutgoingEvent.of(OrderPipeline.INVOICE_CREATED, keyOfRecorded).forTenant(tenant));
		publisher.publish(PipelineProbe.CUSTOMER_CONFIRMATION,
				OutgoingEvent.of(OrderPipeline.ORDER_RECORDED, keyOfRecorded).forTenant(tenant));

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			for (String queue : List.of(PipelineProbe.CREATION, PipelineProbe.INVOICE,
					PipelineProbe.INTERNAL_NOTIFICATION, PipelineProbe.CUSTOMER_CONFIRMATION)) {
				assertThat(probe.deadLettered(queue)).as(queue).filteredOn(body -> body.contains(tenant)).hasSize(1);
			}
		});
		assertThat(store.find(tenant, unrecorded.orderId())).isEmpty();
		assertThat(probe.invoice(key)).isNull();
		assertThat(ReceivedMail.to(TEAM, recorded.orderNumber())).isEmpty();
		assertThat(ReceivedMail.to(recorded.customer().email(), recorded.orderNumber())).isEmpty();
	}

	@Test
	void aPoisonMessageIsDeadLetteredWhileTheRestOfItsBatchIsRecorded() {
		String tenant = "t-" + UUID.randomUUID();
		String run = UUID.randomUUID().toString();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Order first = TestOrders.order(pricing, tenant, now, 1);
		Order second = TestOrders.order(pricing, tenant, now.plusSeconds(1), 2);
		Order foreign = TestOrders.order(pricing, tenant, now.plusSeconds(2), 1);
		PipelineProbe probe = new PipelineProbe(sqs, s3);

		sqs.sendMessageBatch(batch -> batch.queueUrl(probe.queueUrl(PipelineProbe.CREATION))
			.entries(entry("first", envelope(tenant, first)), entry("garbage", "this is not an event " + run),
					entry("foreign", envelope("other-" + run, foreign)), entry("second", envelope(tenant, second))))
			.join();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> store.find(tenant, first.orderId()).isPresent()
					&& store.find(tenant, second.orderId()).isPresent());
		String dlqUrl = probe.queueUrl(PipelineProbe.CREATION + "-dlq");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			List<Message> dead = sqs
				.receiveMessage(receive -> receive.queueUrl(dlqUrl).maxNumberOfMessages(10).visibilityTimeout(0))
				.join()
				.messages();
			assertThat(dead).extracting(Message::body).filteredOn(body -> body.contains(run)).hasSize(2);
		});
		assertThat(store.find(tenant, foreign.orderId())).isEmpty();
	}

	@Test
	void readsAmountsInEventsWithoutFloatingPoint() {
		// Listeners parse event bodies into JSON trees first; amounts there must stay
		// decimal.
		assertThat(jsonMapper.readTree("{\"unitPrice\":1499.10}").get("unitPrice").isBigDecimal()).isTrue();
	}

	private String envelope(String tenant, Order order) {
		return jsonMapper.writeValueAsString(new EventEnvelope<>(EventEnvelope.CURRENT_VERSION,
				UUID.randomUUID().toString(), OrderPipeline.ORDER_SUBMITTED, "c-" + UUID.randomUUID(), Instant.now(),
				"test", "user-1", tenant, order));
	}

	/**
	 * Turns on, for one block, the INFO lines in which the invoice and e-mail steps say
	 * what they decided; the test profile logs only warnings.
	 */
	private record StepDecisions(LoggingSystem logging) implements AutoCloseable {

		private static final List<String> LOGGERS = List.of(InvoiceIssuing.class.getName(),
				OrderEmails.class.getName());

		static StepDecisions logged(LoggingSystem logging) {
			LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.INFO));
			return new StepDecisions(logging);
		}

		@Override
		public void close() {
			LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
		}

	}

	/**
	 * Log lines are masked: an order id whose first group is all digits reads as an
	 * account number and is logged masked, so the text is looked for as it is logged.
	 */
	private static long lines(CapturedOutput output, String text) {
		String logged = PiiMasker.mask(text);
		return output.getOut().lines().filter(line -> line.contains(logged)).count();
	}

	private static SendMessageBatchRequestEntry entry(String id, String body) {
		return SendMessageBatchRequestEntry.builder().id(id).messageBody(body).build();
	}

}
