package com.digitalbank.marketplace.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as product search compares it: lower case, without accents or repeated spaces, so
 * "audifonos" finds "Audífonos" and "CAFÉ" finds "café".
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchText() {
	}

	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
	}

	/** Whether every word of the query is in the text. */
	public static boolean matches(String text, String query) {
		String haystack = normalize(text);
		for (String word : normalize(query).split(" ")) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

}
