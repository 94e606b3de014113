package com.digitalbank.platform.messaging;

import java.util.Arrays;

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
 */
public record IncomingMessage(String messageId, int receiveCount, String body, JsonMapper jsonMapper) {

	private static final TypeReference<EventEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() {
	};

	/** The platform envelope, with {@code data} still as JSON. */
	public EventEnvelope<JsonNode> envelope() {
		try {
			EventEnvelope<JsonNode> envelope = jsonMapper.readValue(body, ENVELOPE);
			if (envelope == null || envelope.eventType() == null) {
				throw new MalformedMessageException("Message " + messageId + " is not an event envelope");
			}
			return envelope;
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
