package com.digitalbank.platform.messaging;

/**
 * What a service wants to publish; the publisher adds ids, time and source. {@code groupId} is
 * used only by FIFO queues.
 */
public record OutgoingEvent(String eventType, Object data, String userId, String tenantId, String groupId) {

	public static OutgoingEvent of(String eventType, Object data) {
		return new OutgoingEvent(eventType, data, null, null, null);
	}

	public OutgoingEvent forUser(String user) {
		return new OutgoingEvent(eventType, data, user, tenantId, groupId);
	}

	public OutgoingEvent forTenant(String tenant) {
		return new OutgoingEvent(eventType, data, userId, tenant, groupId);
	}

	public OutgoingEvent inGroup(String group) {
		return new OutgoingEvent(eventType, data, userId, tenantId, group);
	}

}
