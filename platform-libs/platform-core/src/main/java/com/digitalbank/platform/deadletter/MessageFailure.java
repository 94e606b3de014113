package com.digitalbank.platform.deadletter;

import java.time.Instant;

import com.digitalbank.platform.logging.PiiMasker;

/**
 * Why a message failed on its last receive before it was dead-lettered: the exception's
 * class and message (with its root cause's) on one line, masked like a log line and
 * capped.
 */
public record MessageFailure(String exception, String message, int receiveCount, Instant failedAt) {

	static final int MAX_MESSAGE = 1000;

	static MessageFailure of(Exception failure, int receiveCount, Instant failedAt) {
		StringBuilder text = new StringBuilder(failure.getMessage() != null ? failure.getMessage() : "");
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root != failure) {
			text.append(" (caused by ")
				.append(root.getClass().getName())
				.append(": ")
				.append(root.getMessage())
				.append(')');
		}
		// Capped before masking too: a message can quote a whole body. One line, as
		// operators read it in a listing.
		String masked = PiiMasker.mask(capped(text.toString(), 4 * MAX_MESSAGE)).replaceAll("\\s*\\R\\s*", " ");
		return new MessageFailure(failure.getClass().getName(), capped(masked, MAX_MESSAGE), receiveCount, failedAt);
	}

	private static String capped(String text, int length) {
		return text.length() > length ? text.substring(0, length) + "…" : text;
	}

}
