package com.digitalbank.platform.messaging;

import java.util.Arrays;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One received message: its SQS id, how often it was received, and its body. Platform
 * events are read with {@link #data}; messages from outside the platform (market ticks,
 * for example) with {@link #bodyAs}. A body that does not parse throws
 * {@link MalformedMessageException}, so the message is retried and then dead-lettered
 * without holding up its batch.
 * <p>
 * The envelope is parsed once, on first use: a listener typically checks the type, reads
 * the data and checks the tenant, and each of those used to parse the body again. One
 * message is handled by one thread, so the parsed envelope is not shared.
 */
public final class IncomingMessage {

	private static final TypeReference<EventEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() {
	};

	private final String messageId;

	private final int receiveCount;

	private final String body;

	private final JsonMapper jsonMapper;

	private EventEnvelope<JsonNode> envelope;

	public IncomingMessage(String messageId, int receiveCount, String body, JsonMapper jsonMapper) {
		this.messageId = messageId;
		this.receiveCount = receiveCount;
		this.body = body;
		this.jsonMapper = Objects.requireNonNull(jsonMapper);
	}

	public String messageId() {
		return messageId;
	}

	public int receiveCount() {
		return receiveCount;
	}

	public String body() {
		return body;
	}

	/** The platform envelope, with {@code data} still as JSON. */
	public EventEnvelope<JsonNode> envelope() {
		if (envelope == null) {
			envelope = parseEnvelope();
		}
		return envelope;
	}

	private EventEnvelope<JsonNode> parseEnvelope() {
		try {
			EventEnvelope<JsonNode> parsed = jsonMapper.readValue(body, ENVELOPE);
			if (parsed == null || parsed.eventType() == null) {
				throw new MalformedMessageException("Message " + messageId + " is not an event envelope");
			}
			return parsed;
		}
		catch (JacksonException ex) {
			throw new MalformedMessageException("Message " + messageId + " is not an event envelope", ex);
		}
	}

	/** The envelope's {@code data} as the consumer's own view of the event. */
	public <T> T data(Class<T> type) {
		EventEnvelope<JsonNode> envelope = envelope();
		if (envelope.data() == null || envelope.data().isNull()) {
			throw new MalformedMessageException("Message " + messageId + " has no data");
		}
		try {
			return jsonMapper.treeToValue(envelope.data(), type);
		}
		catch (JacksonException ex) {
			throw new MalformedMessageException("Message " + messageId + " data is not a " + type.getSimpleName(), ex);
		}
	}

	/** The whole body as the given type, for messages that are not platform events. */
	public <T> T bodyAs(Class<T> type) {
		try {
			T value = jsonMapper.readValue(body, type);
			if (value == null) {
				throw new MalformedMessageException("Message " + messageId + " is empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new MalformedMessageException("Message " + messageId + " is not a " + type.getSimpleName(), ex);
		}
	}

	/**
	 * Fails the message unless its envelope carries one of the given event types: a
	 * listener reads only the events it was written for, so a message put on the wrong
	 * queue is dead-lettered instead of being read as something it is not.
	 */
	public void requireType(String... eventTypes) {
		String eventType = envelope().eventType();
		if (!Arrays.asList(eventTypes).contains(eventType)) {
			throw new MalformedMessageException("Message " + messageId + " is a " + eventType + ", not "
					+ (eventTypes.length == 1 ? "a " + eventTypes[0] : "one of " + Arrays.toString(eventTypes)));
		}
	}

	/**
	 * Fails the message unless its envelope belongs to the given tenant, the one its data
	 * names: an event must never make a service act on another tenant's data.
	 */
	public void requireTenant(String tenantId) {
		String envelopeTenant = envelope().tenantId();
		if (envelopeTenant == null || !envelopeTenant.equals(tenantId)) {
			throw new MalformedMessageException(
					"Message " + messageId + " names a tenant its envelope does not belong to");
		}
	}

}
