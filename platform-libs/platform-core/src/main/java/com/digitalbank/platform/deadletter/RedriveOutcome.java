package com.digitalbank.platform.deadletter;

/**
 * What happened to one message of a redrive. {@code MOVED}: sent to the source queue (as
 * {@code newMessageId}) and deleted from the dead-letter queue. {@code NOT_SENT}: the
 * send failed; the message stays in the dead-letter queue. {@code SENT_NOT_DELETED}:
 * sent, but still in the dead-letter queue too, so a later redrive sends it again
 * (consumers deduplicate). {@code NOT_FOUND}: no message with this id was found in the
 * dead-letter queue (moved already, or hidden by a concurrent listing or redrive).
 */
public record RedriveOutcome(String messageId, Result result, String newMessageId, String detail) {

	public enum Result {

		MOVED, NOT_SENT, SENT_NOT_DELETED, NOT_FOUND

	}

	static RedriveOutcome moved(String messageId, String newMessageId) {
		return new RedriveOutcome(messageId, Result.MOVED, newMessageId, null);
	}

	static RedriveOutcome notFound(String messageId) {
		return new RedriveOutcome(messageId, Result.NOT_FOUND, null, "Not in the dead-letter queue.");
	}

	boolean failed() {
		return result != Result.MOVED;
	}

}
