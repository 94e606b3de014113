package com.digitalbank.platform.resources;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as DynamoDB sort-key strings: fixed width, UTC, to the microsecond, so that
 * string order is time order ({@link Instant#toString()} drops trailing zeros and is
 * not).
 */
public final class SortableInstant {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private SortableInstant() {
	}

	public static String format(Instant instant) {
		return FORMAT.format(instant);
	}

	public static Instant parse(String text) {
		return Instant.parse(text);
	}

}
