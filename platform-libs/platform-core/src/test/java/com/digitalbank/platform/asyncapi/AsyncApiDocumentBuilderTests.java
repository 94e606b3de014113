package com.digitalbank.platform.asyncapi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.asyncapi.v3._0_0.model.info.Info;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiDocumentBuilderTests {

	private final ObjectMapper mapper = JsonMapper.builder()
		.serializationInclusion(JsonInclude.Include.NON_NULL)
		.build();

	private final List<QueueDeclaration> queues = List.of(QueueDeclaration.of("payments"),
			QueueDeclaration.of("ticks").withVisibilityTimeout(Duration.ofSeconds(60)));

	private final List<MessageDeclaration> messages = List.of(
			MessageDeclaration.receives("payments", "PAYMENT_SETTLED", SettledView.class),
			MessageDeclaration.sends("payments", "PAYMENT_SETTLED", PaymentSettled.class),
			MessageDeclaration.receives("payments", "PAYMENT_SETTLED", SettledView.class),
			MessageDeclaration.receives("ticks", "TICK", Tick.class).withoutEnvelope(),
			MessageDeclaration.sends("ledger-of-another-service", "PAYMENT_SETTLED", PaymentSettled.class));

	@Test
	void documentsEveryQueueAndItsDeadLetterQueueAsChannels() {
		JsonNode document = build(queues, messages);

		assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
		assertThat(document.path("info").path("title").asText()).isEqualTo("payments-service");
		assertThat(fieldNames(document.path("channels"))).containsExactly("payments", "payments-dlq", "ticks",
				"ticks-dlq", "ledger-of-another-service");
		assertThat(document.at("/channels/payments/address").asText()).isEqualTo("payments");
		assertThat(document.at("/channels/payments-dlq/address").asText()).isEqualTo("payments-dlq");
		assertThat(document.at("/channels/payments-dlq/messages/PAYMENT_SETTLED/$ref").asText())
			.isEqualTo("#/components/messages/PAYMENT_SETTLED");
		assertThat(document.at("/channels/ticks/bindings/sqs/queue/visibilityTimeout").asInt()).isEqualTo(60);
		assertThat(document.at("/channels/ticks/bindings/sqs/queue/redrivePolicy/deadLetterQueue/name").asText())
			.isEqualTo("ticks-dlq");
		assertThat(document.at("/channels/ticks/bindings/sqs/queue/redrivePolicy/maxReceiveCount").asInt())
			.isEqualTo(3);
		assertThat(document.at("/channels/ledger-of-another-service/bindings").isMissingNode()).isTrue();
	}

	@Test
	void hasOneOperationPerQueueAndDirection() {
		JsonNode document = build(queues, messages);

		assertThat(fieldNames(document.path("operations"))).containsExactly("send-payments", "receive-payments",
				"receive-ticks", "send-ledger-of-another-service");
		JsonNode send = document.at("/operations/send-payments");
		assertThat(send.path("action").asText()).isEqualTo("send");
		assertThat(send.at("/channel/$ref").asText()).isEqualTo("#/channels/payments");
		assertThat(send.at("/messages/0/$ref").asText()).isEqualTo("#/channels/payments/messages/PAYMENT_SETTLED");
		assertThat(document.at("/operations/receive-payments/messages")).hasSize(1);
		assertThat(document.at("/operations/receive-ticks/action").asText()).isEqualTo("receive");
	}

	@Test
	void anEventIsTheEnvelopeAroundTheSendersDataSchema() {
		JsonNode document = build(queues, messages);

		JsonNode message = document.at("/components/messages/PAYMENT_SETTLED");
		assertThat(message.path("contentType").asText()).isEqualTo("application/json");
		assertThat(message.at("/correlationId/location").asText()).isEqualTo("$message.header#/correlationId");
		assertThat(message.at("/headers/properties/eventType/type").asText()).isEqualTo("string");
		JsonNode payload = message.path("payload");
		assertThat(payload.at("/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/EventEnvelope");
		assertThat(payload.at("/allOf/1/properties/eventType/const").asText()).isEqualTo("PAYMENT_SETTLED");
		assertThat(payload.at("/allOf/1/properties/data/$ref").asText())
			.isEqualTo("#/components/schemas/PaymentSettled");

		JsonNode envelope = document.at("/components/schemas/EventEnvelope");
		assertThat(fieldNames(envelope.path("properties"))).containsExactlyInAnyOrder("version", "eventId", "eventType",
				"correlationId", "timestamp", "source", "userId", "tenantId", "data");
		assertThat(envelope.path("required")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("version", "eventId", "eventType", "correlationId", "timestamp", "source",
					"data");
	}

	@Test
	void dataSchemasAreTheRecordsAsJacksonWritesThem() {
		JsonNode schemas = build(queues, messages).at("/components/schemas");

		JsonNode settled = schemas.path("PaymentSettled");
		assertThat(settled.path("type").asText()).isEqualTo("object");
		assertThat(fieldNames(settled.path("properties"))).containsExactlyInAnyOrder("paymentId", "amount", "settledAt",
				"method", "lines");
		assertThat(settled.at("/properties/amount/type").asText()).isEqualTo("number");
		assertThat(settled.at("/properties/settledAt/type").asText()).isEqualTo("string");
		assertThat(settled.at("/properties/settledAt/format").asText()).isEqualTo("date-time");
		assertThat(settled.at("/properties/method/$ref").asText()).isEqualTo("#/components/schemas/Method");
		assertThat(schemas.at("/Method/enum")).extracting(JsonNode::asText).containsExactly("CARD", "TRANSFER");
		assertThat(settled.at("/properties/lines/items/$ref").asText()).isEqualTo("#/components/schemas/Line");
		assertThat(schemas.at("/Line/properties/sku/type").asText()).isEqualTo("string");
		assertThat(schemas.has("SettledView")).as("a listener's view of an event this service sends").isFalse();
	}

	@Test
	void aRawMessageIsItsPayloadWithoutEnvelope() {
		JsonNode message = build(queues, messages).at("/components/messages/TICK");

		assertThat(message.at("/payload/$ref").asText()).isEqualTo("#/components/schemas/Tick");
		assertThat(message.has("headers")).isFalse();
	}

	@Test
	void aServiceWithoutQueuesHasAnEmptyButValidDocument() {
		JsonNode document = build(List.of(), List.of());

		assertThat(document.path("channels").isEmpty()).isTrue();
		assertThat(document.path("operations").isEmpty()).isTrue();
		assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
	}

	@Test
	void theDocumentReadsBackAsTheAsyncApiModel() throws Exception {
		String json = mapper.writeValueAsString(document(queues, messages));

		AsyncAPI read = mapper.readValue(json, AsyncAPI.class);
		assertThat(read.getChannels()).containsOnlyKeys("payments", "payments-dlq", "ticks", "ticks-dlq",
				"ledger-of-another-service");
		assertThat(read.getOperations()).hasSize(4);
		assertThat(read.getComponents().getMessages()).containsOnlyKeys("PAYMENT_SETTLED", "TICK");
		assertThat(read.getComponents().getSchemas()).containsKeys("EventEnvelope", "PaymentSettled", "Line");
	}

	private JsonNode build(List<QueueDeclaration> queues, List<MessageDeclaration> messages) {
		return mapper.valueToTree(document(queues, messages));
	}

	private AsyncAPI document(List<QueueDeclaration> queues, List<MessageDeclaration> messages) {
		return new AsyncApiDocumentBuilder(mapper).build(Info.builder().title("payments-service").version("v1").build(),
				queues, messages);
	}

	private static List<String> fieldNames(JsonNode node) {
		return node.propertyStream().map(java.util.Map.Entry::getKey).toList();
	}

	enum Method {

		CARD, TRANSFER

	}

	record Line(String sku, int quantity) {
	}

	record PaymentSettled(String paymentId, BigDecimal amount, Instant settledAt, Method method, List<Line> lines) {
	}

	record SettledView(String paymentId) {
	}

	record Tick(String symbol, BigDecimal price) {
	}

}
