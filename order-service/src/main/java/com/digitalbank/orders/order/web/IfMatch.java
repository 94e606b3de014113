package com.digitalbank.orders.order.web;

/**
 * An order's ETag is its version in quotes. {@code If-Match} accepts it strong or weak
 * ({@code W/"3"}); {@code *} or no header means "whatever version is current"; a value
 * that is no version of ours can never match, and yields 412.
 */
final class IfMatch {

	private static final long NEVER = -1;

	private IfMatch() {
	}

	static String etag(long version) {
		return "\"" + version + "\"";
	}

	static Long expectedVersion(String header) {
		if (header == null || header.isBlank() || header.trim().equals("*")) {
			return null;
		}
		String value = header.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1);
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return NEVER;
		}
	}

}
