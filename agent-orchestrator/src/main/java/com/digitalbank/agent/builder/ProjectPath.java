package com.digitalbank.agent.builder;

import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A file's path inside its project: relative, with {@code /} between segments, never
 * leaving the project. Refused: absolute paths ({@code /etc}, {@code C:\},
 * {@code \\host}), {@code ..} and {@code .} segments, backslashes, home ({@code ~}) and
 * drive prefixes, control characters, empty segments, and anything longer than
 * {@value #MAX_LENGTH} characters. Files are only ever written as zip entries and storage
 * items under the project's key, never followed as links; this check is what keeps a
 * model's answer from naming a file outside the project.
 */
public record ProjectPath(@JsonValue String value) {

	public static final int MAX_LENGTH = 200;

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._@+\\- ]+");

	private static final Set<String> RELATIVE = Set.of(".", "..");

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ProjectPath {
		String refusal = refusal(value);
		if (refusal != null) {
			throw new UnsafePathException(value, refusal);
		}
	}

	/** Why the path is refused, or null when it is a safe project path. */
	public static String refusal(String path) {
		if (path == null || path.isBlank()) {
			return "it is empty";
		}
		if (path.length() > MAX_LENGTH) {
			return "it is longer than " + MAX_LENGTH + " characters";
		}
		if (path.startsWith("/") || path.contains("\\") || path.startsWith("~") || path.contains(":")) {
			return "it is absolute or names a drive, home or host";
		}
		for (String segment : path.split("/", -1)) {
			if (RELATIVE.contains(segment)) {
				return "it climbs out of the project with '" + segment + "'";
			}
			if (segment.isEmpty() || !SEGMENT.matcher(segment).matches() || !segment.strip().equals(segment)) {
				return "it has an empty or invalid segment";
			}
		}
		return null;
	}

	public String fileName() {
		return value.substring(value.lastIndexOf('/') + 1);
	}

	public boolean endsWith(String suffix) {
		return value.endsWith(suffix);
	}

	@Override
	public String toString() {
		return value;
	}

}
