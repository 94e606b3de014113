package com.digitalbank.agent.assistant;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A message as words the readers compare: lower case, without accents or punctuation (but
 * keeping the separators inside numbers such as {@code $1,200.50}), and tolerant of one
 * typo in longer words, since people type fast on a phone.
 */
final class Wording {

	/**
	 * Chat spellings too short or too far from the word for the typo tolerance: "kiero"
	 * is two edits from "quiero", "snd" too short to be compared at all.
	 */
	private static final Map<String, String> CHAT_SPELLINGS = Map.ofEntries(Map.entry("kiero", "quiero"),
			Map.entry("kieres", "quieres"), Map.entry("ke", "que"), Map.entry("q", "que"), Map.entry("xfa", "porfa"),
			Map.entry("snd", "send"), Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("wanna", "want"),
			Map.entry("pls", "please"), Map.entry("plz", "please"));

	private Wording() {
	}

	/** A set of words; a word listed twice is harmless. */
	static Set<String> vocabulary(String... words) {
		return Set.copyOf(Arrays.asList(words));
	}

	static List<String> words(String text) {
		String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[¿?¡!\"“”«»()]", " ")
			.replaceAll("(?<![0-9])[.,;:]|[.,;:](?![0-9])", " ");
		return Arrays.stream(withoutContractions(plain).trim().split("\\s+"))
			.filter(word -> !word.isBlank())
			.map(word -> CHAT_SPELLINGS.getOrDefault(word, word))
			.toList();
	}

	/**
	 * English contractions as the words they stand for: "don't" is "dont" (a word of its
	 * own), "i'd like" is "i like", "where's" is "where"; the dropped endings carry
	 * nothing the readers use.
	 */
	private static String withoutContractions(String text) {
		return text.replaceAll("n['’]t\\b", "nt").replaceAll("['’](s|d|ll|re|ve|m)\\b", "").replaceAll("['’]", "");
	}

	/** The word is one of these, allowing one typo in words of five letters or more. */
	static boolean isOneOf(String word, Set<String> vocabulary) {
		if (vocabulary.contains(word)) {
			return true;
		}
		if (word.length() < 4) {
			return false;
		}
		for (String known : vocabulary) {
			if (similar(word, known)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One edit apart in words of five letters or more; a four-letter word only by a swap
	 * ("sned") or a missing letter ("sado"), since short words differ by one letter
	 * often.
	 */
	private static boolean similar(String word, String known) {
		if (known.length() < 4 || Math.abs(known.length() - word.length()) > 1 || distance(word, known) > 1) {
			return false;
		}
		if (word.length() >= 5 && known.length() >= 5) {
			return true;
		}
		return word.length() == 4 && (known.length() == 5 || sameLetters(word, known));
	}

	private static boolean sameLetters(String a, String b) {
		char[] x = a.toCharArray();
		char[] y = b.toCharArray();
		Arrays.sort(x);
		Arrays.sort(y);
		return Arrays.equals(x, y);
	}

	static boolean containsAny(List<String> words, Set<String> vocabulary) {
		return words.stream().anyMatch(word -> isOneOf(word, vocabulary));
	}

	static boolean containsPhrase(String normalized, Set<String> phrases) {
		String padded = " " + normalized + " ";
		return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
	}

	/** Levenshtein distance, with transpositions counted as one edit. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
