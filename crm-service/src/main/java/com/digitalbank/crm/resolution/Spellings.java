package com.digitalbank.crm.resolution;

import java.util.regex.Pattern;

/**
 * One key for the spellings of a name that sound the same to a Spanish or English
 * speaker: "Katie" and "Caty", "Sophia" and "Sofía", "Emilie" and "Emily", "Martha" and
 * "Marta". Unlike a phonetic code that drops vowels (Double Metaphone makes "Memo" and
 * "mamá" one), the key keeps every vowel but the spelling of a final i, so a name's
 * gender ("Emilio", "Emilia") and its shape survive.
 */
final class Spellings {

	private static final String[][] RESPELLINGS = { { "ph", "f" }, { "th", "t" }, { "ck", "k" }, { "qu", "k" },
			{ "ch", "\u0001" }, { "h", "" }, { "\u0001", "ch" }, { "c(?=[eiy])", "s" }, { "c", "k" }, { "z", "s" },
			{ "v", "b" }, { "ll", "y" }, { "ie$", "i" }, { "ee$", "i" }, { "y$", "i" }, { "(.)\\1", "$1" } };

	private static final Pattern[] PATTERNS = new Pattern[RESPELLINGS.length];

	static {
		for (int i = 0; i < RESPELLINGS.length; i++) {
			PATTERNS[i] = Pattern.compile(RESPELLINGS[i][0]);
		}
	}

	/** Shorter words are too easily another word spelt alike. */
	static final int SHORTEST = 4;

	private Spellings() {
	}

	/** The key of a folded word, or null for a word too short to have one. */
	static String key(String word) {
		if (word.length() < SHORTEST) {
			return null;
		}
		String key = word;
		for (int i = 0; i < PATTERNS.length; i++) {
			key = PATTERNS[i].matcher(key).replaceAll(RESPELLINGS[i][1]);
		}
		return key;
	}

}
