package com.digitalbank.platform.messaging;

import java.util.Map;

/**
 * The trace an event continues, as the W3C trace-context fields of the span that caused
 * it ({@code traceparent}, and {@code tracestate} or {@code baggage} when there are any).
 * Captured where that work runs and sent as message attributes, so the consumer's span
 * joins the same trace even when the event is prepared on another thread or sent later by
 * the outbox relay.
 */
public record TraceHeaders(Map<String, String> fields) {

	/** No trace: the consumer starts a new one. */
	public static final TraceHeaders NONE = new TraceHeaders(Map.of());

	public TraceHeaders {
		fields = Map.copyOf(fields);
	}

	public boolean isEmpty() {
		return fields.isEmpty();
	}

}
