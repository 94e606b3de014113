package com.digitalbank.platform.messaging;

/**
 * What a service wants to publish; the publisher adds ids, time and source.
 * {@code groupId} is used only by FIFO queues. {@code correlationId} and {@code trace}
 * default to the current ones; set them when publishing on behalf of requests from
 * another thread.
 */
public record OutgoingEvent(String eventType, Object data, String userId, String tenantId, String groupId,
		String correlationId, TraceHeaders trace) {

	public OutgoingEvent(String eventType, Object data, String userId, String tenantId, String groupId,
			String correlationId) {
		this(eventType, data, userId, tenantId, groupId, correlationId, null);
	}

	public static OutgoingEvent of(String eventType, Object data) {
		return new OutgoingEvent(eventType, data, null, null, null, null, null);
	}

	public OutgoingEvent forUser(String user) {
		return new OutgoingEvent(eventType, data, user, tenantId, groupId, correlationId, trace);
	}

	public OutgoingEvent forTenant(String tenant) {
		return new OutgoingEvent(eventType, data, userId, tenant, groupId, correlationId, trace);
	}

	public OutgoingEvent inGroup(String group) {
		return new OutgoingEvent(eventType, data, userId, tenantId, group, correlationId, trace);
	}

	public OutgoingEvent correlatedWith(String id) {
		return new OutgoingEvent(eventType, data, userId, tenantId, groupId, id, trace);
	}

	/** Continues the given trace instead of the current one. */
	public OutgoingEvent continuing(TraceHeaders traceHeaders) {
		return new OutgoingEvent(eventType, data, userId, tenantId, groupId, correlationId, traceHeaders);
	}

}
