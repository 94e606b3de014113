package com.digitalbank.platform.messaging;

import java.time.Instant;

/**
 * The body of every SQS message the platform sends. {@code data} is the event itself;
 * consumers read it into their own view of the event (no shared DTO jars).
 */
public record EventEnvelope<T>(int version, String eventId, String eventType, String correlationId, Instant timestamp,
		String source, String userId, String tenantId, T data) {

	public static final int CURRENT_VERSION = 1;

}
