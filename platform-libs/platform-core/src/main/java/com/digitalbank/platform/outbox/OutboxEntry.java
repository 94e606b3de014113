package com.digitalbank.platform.outbox;

import java.time.Instant;

import com.digitalbank.platform.messaging.PreparedEvent;

/**
 * An event recorded with the change it announces, to be sent to {@code queue}.
 */
public record OutboxEntry(String queue, PreparedEvent event, Instant recordedAt) {

	public String eventId() {
		return event.eventId();
	}

}
