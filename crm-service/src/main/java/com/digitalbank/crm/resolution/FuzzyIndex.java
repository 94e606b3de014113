package com.digitalbank.crm.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Finds the words of a vocabulary within a small Damerau-Levenshtein distance of a
 * misspelt one without comparing it to all of them: every word is indexed under the
 * strings left by deleting up to that many letters, and a query meets its neighbours on
 * one of them (symmetric deletes). Only those few candidates are measured, with Commons
 * Text's Damerau-Levenshtein (typos: a letter missing, extra, wrong or two swapped) and
 * Jaro-Winkler (to rank neighbours at the same distance).
 */
final class FuzzyIndex {

	/** A word of the vocabulary near the query, and how alike the two are, 0 to 1. */
	record Near(String word, int distance, double similarity) {
	}

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final DamerauLevenshteinDistance[] DISTANCES = { new DamerauLevenshteinDistance(0),
			new DamerauLevenshteinDistance(1), new DamerauLevenshteinDistance(2) };

	private final Map<String, List<String>> byDeletion = new HashMap<>();

	private FuzzyIndex() {
	}

	static FuzzyIndex of(Collection<String> words) {
		FuzzyIndex index = new FuzzyIndex();
		for (String word : new HashSet<>(words)) {
			for (String variant : deletions(word, maxDistance(word.length()))) {
				index.byDeletion.computeIfAbsent(variant, key -> new ArrayList<>(2)).add(word);
			}
		}
		return index;
	}

	/**
	 * How far a word may be from what was meant: short words not at all ("Memo" is not a
	 * typo of "Nemo"), one edit up to seven letters, two beyond.
	 */
	static int maxDistance(int length) {
		return length <= 4 ? 0 : length <= 7 ? 1 : 2;
	}

	/** The vocabulary's words within the allowed distance, the word itself left out. */
	List<Near> near(String query) {
		int allowed = maxDistance(query.length());
		if (allowed == 0) {
			return List.of();
		}
		Set<String> candidates = new HashSet<>();
		for (String variant : deletions(query, allowed)) {
			List<String> words = byDeletion.get(variant);
			if (words != null) {
				candidates.addAll(words);
			}
		}
		List<Near> near = new ArrayList<>();
		for (String candidate : candidates) {
			int limit = Math.min(allowed, maxDistance(candidate.length()));
			int distance = limit == 0 ? -1 : DISTANCES[limit].apply(query, candidate);
			if (distance > 0) {
				near.add(new Near(candidate, distance, similarity(query, candidate, distance)));
			}
		}
		return near;
	}

	/**
	 * One edit scores about 0.9 and two about 0.82: always below the word spelt right, so
	 * a real name in the address book outranks a near miss of it.
	 */
	private static double similarity(String query, String word, int distance) {
		double base = distance == 1 ? 0.86 : 0.78;
		return base + 0.05 * JARO_WINKLER.apply(query, word);
	}

	private static Set<String> deletions(String word, int depth) {
		Set<String> variants = new HashSet<>();
		variants.add(word);
		Set<String> level = Set.of(word);
		for (int d = 0; d < depth; d++) {
			Set<String> next = new HashSet<>();
			for (String variant : level) {
				for (int i = 0; i < variant.length(); i++) {
					next.add(variant.substring(0, i) + variant.substring(i + 1));
				}
			}
			variants.addAll(next);
			level = next;
		}
		return variants;
	}

}
