package com.digitalbank.crm.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What the resolver knows about words in general, read from the data files under
 * {@code resources/resolution}: words that name nobody (fillers), relationship words and
 * their synonyms, nicknames, and given names. A known word is never taken for a typo of
 * another, so "abuelo" never finds the grandmother and "Mario" never finds María.
 */
public final class Lexicon {

	private static final String DIRECTORY = "/resolution/";

	private static final Lexicon STANDARD = load();

	private final Set<String> fillers;

	/**
	 * A relationship a word names, and how strongly: 1, or less for a word that says a
	 * gender the relationship does not.
	 */
	record Relation(String name, double weight) {
	}

	static final double GENDERED_WEIGHT = 0.8;

	private final Map<String, Set<Relation>> relationsByWord;

	/** Words of several words ("mother in law"), by their first word. */
	private final Map<String, List<List<String>>> compounds;

	private final Map<String, Set<String>> formalsByNickname;

	private final Set<String> known;

	private final FuzzyIndex relationWords;

	private Lexicon(Set<String> fillers, Map<String, Set<Relation>> relationsByWord,
			Map<String, Set<String>> formalsByNickname, Set<String> givenNames) {
		this.fillers = Set.copyOf(fillers);
		this.relationsByWord = Map.copyOf(relationsByWord);
		Map<String, List<List<String>>> compounds = new HashMap<>();
		relationsByWord.keySet()
			.stream()
			.filter(word -> word.contains(" "))
			.map(word -> List.of(word.split(" ")))
			.forEach(parts -> compounds.computeIfAbsent(parts.getFirst(), key -> new ArrayList<>()).add(parts));
		this.compounds = Map.copyOf(compounds);
		this.formalsByNickname = Map.copyOf(formalsByNickname);
		Set<String> known = new HashSet<>(givenNames);
		known.addAll(fillers);
		known.addAll(relationsByWord.keySet());
		known.addAll(formalsByNickname.keySet());
		formalsByNickname.values().forEach(known::addAll);
		this.known = Set.copyOf(known);
		this.relationWords = FuzzyIndex.of(relationsByWord.keySet());
	}

	/** The lexicon of the data files shipped with the service, read once. */
	public static Lexicon standard() {
		return STANDARD;
	}

	boolean isFiller(String word) {
		return fillers.contains(word);
	}

	/** Whether the word is a real word of its own, never to be read as a typo. */
	boolean isKnown(String word) {
		return known.contains(word);
	}

	/** The relationships a word names: "jefa" → MOTHER and EMPLOYER. */
	Set<Relation> relationsOf(String word) {
		return relationsByWord.getOrDefault(word, Set.of());
	}

	/** The formal names a nickname stands for: "beto" → alberto, roberto, ... */
	Set<String> formalsOf(String word) {
		return formalsByNickname.getOrDefault(word, Set.of());
	}

	/** Relationship words within a typo of the word: "hermnao" → hermano. */
	List<FuzzyIndex.Near> relationWordsNear(String word) {
		return relationWords.near(word);
	}

	/**
	 * The words of a text that can name someone: folded, a relationship of several words
	 * made one ("mother in law"), fillers left out.
	 */
	List<String> contentWords(String text) {
		List<String> folded = Words.of(text);
		List<String> words = new ArrayList<>(folded.size());
		for (int i = 0; i < folded.size(); i++) {
			List<String> compound = compoundAt(folded, i);
			if (compound != null) {
				words.add(String.join(" ", compound));
				i += compound.size() - 1;
			}
			else if (!isFiller(folded.get(i))) {
				words.add(folded.get(i));
			}
		}
		return words;
	}

	private List<String> compoundAt(List<String> words, int start) {
		for (List<String> compound : compounds.getOrDefault(words.get(start), List.of())) {
			if (start + compound.size() <= words.size()
					&& words.subList(start, start + compound.size()).equals(compound)) {
				return compound;
			}
		}
		return null;
	}

	private static Lexicon load() {
		Set<String> fillers = new HashSet<>();
		lines("fillers.txt").forEach(line -> fillers.addAll(Words.of(line)));
		Map<String, Set<Relation>> relations = new HashMap<>();
		lines("relationships.txt").forEach(line -> entry(line, (name, word) -> {
			boolean gendered = word.endsWith("?");
			relations.computeIfAbsent(Words.fold(word), key -> new HashSet<>())
				.add(new Relation(name, gendered ? GENDERED_WEIGHT : 1.0));
		}));
		Map<String, Set<String>> nicknames = new HashMap<>();
		lines("nicknames.txt").forEach(line -> entry(line,
				(formal, nickname) -> nicknames.computeIfAbsent(Words.fold(nickname), key -> new HashSet<>())
					.add(Words.fold(formal))));
		Set<String> given = new HashSet<>();
		lines("given-names.txt").forEach(line -> given.addAll(Words.of(line)));
		return new Lexicon(fillers, freeze(relations), freeze(nicknames), given);
	}

	/** {@code head: word, word} as one call per word, each trimmed. */
	private static void entry(String line, BiConsumer<String, String> each) {
		int colon = line.indexOf(':');
		if (colon < 0) {
			throw new IllegalStateException("Expected 'name: word, word' in the lexicon, not: " + line);
		}
		String head = line.substring(0, colon).trim();
		for (String word : line.substring(colon + 1).split(",")) {
			if (!word.isBlank()) {
				each.accept(head, word.trim());
			}
		}
	}

	private static <T> Map<String, Set<T>> freeze(Map<String, Set<T>> map) {
		Map<String, Set<T>> frozen = new HashMap<>();
		map.forEach((key, values) -> frozen.put(key, Set.copyOf(values)));
		return frozen;
	}

	/** The file's lines without comments and blank lines. */
	private static List<String> lines(String file) {
		try (InputStream in = Lexicon.class.getResourceAsStream(DIRECTORY + file)) {
			if (in == null) {
				throw new IllegalStateException("Missing lexicon file " + DIRECTORY + file);
			}
			List<String> lines = new ArrayList<>();
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(lines::add);
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
