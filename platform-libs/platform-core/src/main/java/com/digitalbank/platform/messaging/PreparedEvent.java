package com.digitalbank.platform.messaging;

import java.util.Map;

/**
 * An event ready to send: its envelope as JSON, and the message attributes that travel
 * beside it. Preparing fixes the event id, so an event stored before it is sent (the
 * outbox) goes out with the same id however often it is sent.
 *
 * @param groupId the message group of a FIFO queue, null for a standard queue
 */
public record PreparedEvent(String eventId, String eventType, String body, Map<String, String> attributes,
		String groupId) {

	public PreparedEvent {
		attributes = Map.copyOf(attributes);
	}

}
