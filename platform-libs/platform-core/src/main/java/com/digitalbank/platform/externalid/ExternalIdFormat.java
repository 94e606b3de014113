package com.digitalbank.platform.externalid;

import java.util.regex.Pattern;

/**
 * What an id from outside may look like: 1 to {@value #MAX_LENGTH} characters, letters,
 * digits and {@code . _ : @ -}. That covers UUIDs, {@code acc-123-checking},
 * {@code purchase-42}, tenant names and order numbers, and keeps every DynamoDB key far
 * below its limit.
 * <p>
 * A typed id checks itself in its compact constructor, so that a bad value fails where
 * Spring converts a path variable or query parameter, or where Jackson reads a body, and
 * answers 400 {@code INVALID_PARAMETER} naming the input: <pre>{@code
 * public record AccountId(@JsonValue String value) {
 *     &#64;JsonCreator(mode = JsonCreator.Mode.DELEGATING)
 *     public AccountId {
 *         ExternalIdFormat.check("account id", value);
 *     }
 * }}</pre>
 */
public final class ExternalIdFormat {

	public static final int MAX_LENGTH = 128;

	/** How the rule reads in a problem's detail and an OpenAPI description. */
	public static final String DESCRIPTION = "1 to " + MAX_LENGTH + " letters, digits or . _ : @ -";

	private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:@-]+");

	private ExternalIdFormat() {
	}

	public static boolean isValid(CharSequence value) {
		return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH && ALLOWED.matcher(value).matches();
	}

	/**
	 * The value, when it is a valid id.
	 * @param what what the id names, for the message ({@code "account id"})
	 * @throws InvalidExternalIdException when it is missing or not a valid id
	 */
	public static String check(String what, String value) {
		if (!isValid(value)) {
			throw new InvalidExternalIdException(what);
		}
		return value;
	}

}
