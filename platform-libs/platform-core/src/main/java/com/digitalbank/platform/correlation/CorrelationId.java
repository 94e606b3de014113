package com.digitalbank.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The correlation id of the work this thread is doing, kept in the logging MDC so that
 * every log line carries it without the code passing it around.
 */
public final class CorrelationId {

	public static final String HEADER = "X-Correlation-Id";

	/** Name in the MDC, in JSON logs and as the SQS message attribute. */
	public static final String KEY = "correlationId";

	// Ids come from callers: accept only what is safe to log and to forward as a header.
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private CorrelationId() {
	}

	/** The current id, or null when no request or message is being handled. */
	public static String current() {
		return MDC.get(KEY);
	}

	public static String currentOrNew() {
		String current = current();
		return current != null ? current : newId();
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** The caller's id when it is well formed, a fresh one otherwise. */
	public static String acceptOrCreate(String incoming) {
		return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : newId();
	}

	/**
	 * Makes {@code id} current until the returned scope is closed, then restores what was
	 * there, so nested or pooled work never leaks an id into the next task.
	 */
	public static Scope open(String id) {
		String previous = MDC.get(KEY);
		MDC.put(KEY, acceptOrCreate(id));
		return () -> {
			if (previous != null) {
				MDC.put(KEY, previous);
			}
			else {
				MDC.remove(KEY);
			}
		};
	}

	/** Restores the previous id on close; never throws. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
