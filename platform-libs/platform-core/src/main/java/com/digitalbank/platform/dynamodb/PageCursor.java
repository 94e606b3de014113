package com.digitalbank.platform.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opaque cursor of a paged DynamoDB query: the key a page ended on (its
 * {@code LastEvaluatedKey}, or the key attributes of its last item) as URL-safe base64,
 * and back. Declare one per list with the names of the key attributes the query's
 * {@code ExclusiveStartKey} needs (the table's key, plus the index's for an index query).
 * <p>
 * A cursor comes from the client, so decoding trusts nothing: anything but exactly those
 * attributes, each a non-empty string or a number, in at most {@value #MAX_LENGTH}
 * characters, is refused with 400 {@code INVALID_CURSOR} before DynamoDB sees it; and
 * {@link #decode(String, Map)} refuses a cursor handed out for another partition (another
 * account's or tenant's list).
 */
public final class PageCursor {

	/** Longer cursors are refused unread; no key the platform's ids allow comes close. */
	public static final int MAX_LENGTH = 1024;

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,38}(\\.\\d{1,38})?");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final List<String> keyAttributes;

	private PageCursor(List<String> keyAttributes) {
		this.keyAttributes = keyAttributes;
	}

	/** A cursor over keys made of exactly these attributes. */
	public static PageCursor of(String... keyAttributes) {
		if (keyAttributes.length == 0 || Set.of(keyAttributes).size() != keyAttributes.length) {
			throw new IllegalArgumentException("Name each key attribute once");
		}
		return new PageCursor(List.of(keyAttributes));
	}

	/**
	 * The cursor for the page after {@code key}: a last evaluated key, or an item whose
	 * other attributes are left out. No key (null or empty, as the SDK returns on the
	 * last page) gives no cursor.
	 */
	public String encode(Map<String, AttributeValue> key) {
		if (key == null || key.isEmpty()) {
			return null;
		}
		ObjectNode json = JSON.createObjectNode();
		for (String name : keyAttributes) {
			AttributeValue value = Objects.requireNonNull(key.get(name), () -> "The key has no " + name);
			ObjectNode attribute = json.putObject(name);
			switch (value.type()) {
				case S -> attribute.put("S", value.s());
				case N -> attribute.put("N", value.n());
				default -> throw new IllegalArgumentException(name + " is neither a string nor a number");
			}
		}
		String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
		if (cursor.length() > MAX_LENGTH) {
			throw new IllegalStateException("A cursor over this key would be longer than " + MAX_LENGTH);
		}
		return cursor;
	}

	/**
	 * The key to start the next query after, or null for no cursor (the first page).
	 * @throws InvalidCursorException when the cursor was not made by {@link #encode} for
	 * these key attributes
	 */
	public Map<String, AttributeValue> decode(String cursor) {
		if (cursor == null) {
			return null;
		}
		if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
			throw new InvalidCursorException();
		}
		try {
			return key(JSON.readTree(Base64.getUrlDecoder().decode(cursor)));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new InvalidCursorException();
		}
	}

	/**
	 * Like {@link #decode(String)}, and the cursor must also carry these values: the
	 * partition the query reads, so that a cursor from another caller's list is refused
	 * rather than followed.
	 */
	public Map<String, AttributeValue> decode(String cursor, Map<String, AttributeValue> sameAsQuery) {
		Map<String, AttributeValue> key = decode(cursor);
		if (key != null && !sameAsQuery.entrySet().stream().allMatch(e -> e.getValue().equals(key.get(e.getKey())))) {
			throw new InvalidCursorException();
		}
		return key;
	}

	private Map<String, AttributeValue> key(JsonNode json) {
		if (json == null || !json.isObject() || json.size() != keyAttributes.size()) {
			throw new InvalidCursorException();
		}
		Map<String, AttributeValue> key = new LinkedHashMap<>();
		for (String name : keyAttributes) {
			key.put(name, attribute(json.get(name)));
		}
		return Map.copyOf(key);
	}

	private static AttributeValue attribute(JsonNode json) {
		if (json == null || !json.isObject() || json.size() != 1) {
			throw new InvalidCursorException();
		}
		JsonNode string = json.get("S");
		if (string != null && string.isString() && !string.asString().isEmpty()) {
			return AttributeValue.fromS(string.asString());
		}
		JsonNode number = json.get("N");
		if (number != null && number.isString() && NUMBER.matcher(number.asString()).matches()) {
			return AttributeValue.fromN(number.asString());
		}
		throw new InvalidCursorException();
	}

}
