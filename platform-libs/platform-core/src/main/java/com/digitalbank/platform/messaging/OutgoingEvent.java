package com.digitalbank.platform.messaging;

/**
 * What a service wants to publish; the publisher adds ids, time and source.
 * {@code groupId} is used only by FIFO queues. {@code correlationId} defaults to the
 * current one; set it when publishing on behalf of requests from another thread.
 */
public record OutgoingEvent(String eventType, Object data, String userId, String tenantId, String groupId,
		String correlationId) {

	public static OutgoingEvent of(String eventType, Object data) {
		return new OutgoingEvent(eventType, data, null, null, null, null);
	}

	public OutgoingEvent forUser(String user) {
		return new OutgoingEvent(eventType, data, user, tenantId, groupId, correlationId);
	}

	public OutgoingEvent forTenant(String tenant) {
		return new OutgoingEvent(eventType, data, userId, tenant, groupId, correlationId);
	}

	public OutgoingEvent inGroup(String group) {
		return new OutgoingEvent(eventType, data, userId, tenantId, group, correlationId);
	}

	public OutgoingEvent correlatedWith(String id) {
		return new OutgoingEvent(eventType, data, userId, tenantId, groupId, id);
	}

}
