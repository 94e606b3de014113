package com.digitalbank.platform.asyncapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.asyncapi.schemas.asyncapi.AsyncAPISchema;
import com.asyncapi.v3._0_0.model.channel.message.CorrelationId;
import com.asyncapi.v3._0_0.model.channel.message.Message;
import com.digitalbank.platform.asyncapi.MessageDeclaration.Direction;
import com.digitalbank.platform.messaging.EventEnvelope;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The messages of {@code components/messages}, one per name. An event's payload is the
 * envelope whose {@code eventType} is the event's type and whose {@code data} is the
 * event's schema; its headers are the string attributes the publisher sets, which
 * listeners read before the body. An event this service sends is documented with the
 * sender's class, whatever view its own listeners read it into.
 */
final class EventMessages {

	static final String CORRELATION_ID_HEADER = "correlationId";

	static final String EVENT_TYPE_HEADER = "eventType";

	private final PayloadSchemas schemas;

	private final Map<String, MessageDeclaration> representatives;

	private final Map<String, ObjectNode> payloads = new LinkedHashMap<>();

	private ObjectNode envelope;

	/** Asks the schemas for every class the messages need. */
	EventMessages(PayloadSchemas schemas, List<MessageDeclaration> declarations) {
		this.schemas = schemas;
		this.representatives = representatives(declarations);
		representatives.forEach((name, declaration) -> {
			if (declaration.enveloped() && envelope == null) {
				envelope = schemas.reference(EventEnvelope.class);
			}
			payloads.put(name, schemas.reference(declaration.payload()));
		});
	}

	/** The messages by name; call after the schemas' definitions were collected. */
	Map<String, Object> messages() {
		Map<String, Object> messages = new LinkedHashMap<>();
		representatives.forEach((name, declaration) -> messages.put(name, message(declaration)));
		return messages;
	}

	/** Per name, the first declaration that sends it, else the first that receives it. */
	private static Map<String, MessageDeclaration> representatives(List<MessageDeclaration> declarations) {
		Map<String, MessageDeclaration> chosen = new LinkedHashMap<>();
		for (MessageDeclaration declaration : declarations) {
			MessageDeclaration current = chosen.get(declaration.name());
			if (current == null
					|| (current.direction() == Direction.RECEIVE && declaration.direction() == Direction.SEND)) {
				chosen.put(declaration.name(), declaration);
			}
		}
		return chosen;
	}

	private Message message(MessageDeclaration declaration) {
		String payloadType = declaration.payload().getSimpleName();
		AsyncAPISchema payload = schemas.schema(payloads.get(declaration.name()));
		Message.MessageBuilder message = Message.builder()
			.name(declaration.name())
			.title(declaration.name())
			.contentType("application/json");
		if (!declaration.enveloped()) {
			return message.summary("The body is a " + payloadType + " as it is, not an envelope")
				.payload(payload)
				.build();
		}
		return message.summary(declaration.name() + " in the event envelope, its data a " + payloadType)
			.headers(headers())
			.correlationId(CorrelationId.builder()
				.description("The correlation id, also in the envelope, restored by listeners before the body is read")
				.location("$message.header#/" + CORRELATION_ID_HEADER)
				.build())
			.payload(enveloped(declaration.name(), payload))
			.build();
	}

	private AsyncAPISchema enveloped(String eventType, AsyncAPISchema data) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("eventType", AsyncAPISchema.builder().type("string").constValue(eventType).build());
		properties.put("data", data);
		return AsyncAPISchema.builder()
			.allOf(List.of(schemas.schema(envelope),
					AsyncAPISchema.builder().type("object").properties(properties).build()))
			.build();
	}

	private static AsyncAPISchema headers() {
		AsyncAPISchema text = AsyncAPISchema.builder().type("string").build();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(CORRELATION_ID_HEADER, text);
		properties.put(EVENT_TYPE_HEADER, text);
		return AsyncAPISchema.builder()
			.type("object")
			.description("SQS message attributes, plain strings")
			.properties(properties)
			.required(List.of(CORRELATION_ID_HEADER, EVENT_TYPE_HEADER))
			.build();
	}

}
