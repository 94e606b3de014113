package com.digitalbank.platform.asyncapi;

import java.util.Objects;

/**
 * One kind of message a service sends to or receives from a queue, for its AsyncAPI
 * document: the queue's name, the direction, the event type and the class of the event's
 * {@code data}. A service declares one bean per queue, direction and event type next to
 * the feature that sends or reads it, as it declares the queue itself with a
 * {@code QueueDeclaration}. A message sent by this service is documented with the
 * sender's class (the shape on the wire); one it only receives, with the listener's own
 * view of it.
 *
 * @param queue the queue's name, as the publisher or the listener uses it
 * @param direction whether this service sends or receives it
 * @param name the event type of an enveloped message; the message's name otherwise
 * @param payload the class of the event's {@code data}, or of the whole body when the
 * message is not enveloped
 * @param enveloped whether the body is the platform's event envelope (all events are; raw
 * feeds, such as market ticks, are not)
 */
public record MessageDeclaration(String queue, Direction direction, String name, Class<?> payload, boolean enveloped) {

	public MessageDeclaration {
		Objects.requireNonNull(queue, "queue");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(payload, "payload");
	}

	/** This service puts events of {@code eventType} with this data on the queue. */
	public static MessageDeclaration sends(String queue, String eventType, Class<?> data) {
		return new MessageDeclaration(queue, Direction.SEND, eventType, data, true);
	}

	/** This service's listener reads events of {@code eventType} from the queue. */
	public static MessageDeclaration receives(String queue, String eventType, Class<?> data) {
		return new MessageDeclaration(queue, Direction.RECEIVE, eventType, data, true);
	}

	/** The same message, whose body is the payload itself rather than an envelope. */
	public MessageDeclaration withoutEnvelope() {
		return new MessageDeclaration(queue, direction, name, payload, false);
	}

	/** Which way a message travels, seen from the service that declares it. */
	public enum Direction {

		SEND, RECEIVE

	}

}
