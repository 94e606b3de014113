package com.digitalbank.crm.resolution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded the one way both queries and beneficiaries are compared: accents dropped
 * ("mamá" = "mama", "Núñez" = "nunez"), lower case, an English possessive dropped
 * ("mom's" = "mom"), every other character but letters and digits a separator.
 */
public final class Words {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Words() {
	}

	/** The folded words of the text, in order. */
	public static List<String> of(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		folded = POSSESSIVE.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
		List<String> words = new ArrayList<>();
		for (String word : SEPARATORS.split(folded)) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** The text folded to one string, words separated by single spaces. */
	public static String fold(String text) {
		return String.join(" ", of(text));
	}

}
