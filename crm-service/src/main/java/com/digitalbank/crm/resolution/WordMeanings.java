package com.digitalbank.crm.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * What one word of a query may stand for, each with how much it is worth: itself, the
 * relationships it names, the formal names of a nickname, the word a diminutive comes
 * from, and, for a word that is no real word of its own, the address book's words and the
 * relationship words within a typo of it, or the longer names it begins.
 */
final class WordMeanings {

	/**
	 * A term to look up, how similar the word is to it, and why; a null evidence takes
	 * the contact's own (alias, name or relationship).
	 */
	record Meaning(String term, double similarity, Evidence evidence) {
	}

	static final double DIMINUTIVE = 0.92;

	static final double DIMINUTIVE_RELATION = 0.95;

	static final double DIMINUTIVE_NICKNAME = 0.85;

	static final double PREFIX = 0.85;

	static final double INITIAL = 0.8;

	/** A name said the same but spelt otherwise: as good as one typo. */
	static final double SPELT_OTHERWISE = 0.9;

	private WordMeanings() {
	}

	static List<Meaning> of(String word, AddressBook book) {
		Lexicon lexicon = book.lexicon();
		List<Meaning> meanings = new ArrayList<>();
		meanings.add(new Meaning(AddressBook.nameTerm(word), 1.0, null));
		lexicon.relationsOf(word)
			.forEach(r -> meanings.add(new Meaning(AddressBook.relationTerm(r.name()), r.weight(), null)));
		lexicon.formalsOf(word)
			.forEach(f -> meanings
				.add(new Meaning(AddressBook.nameTerm(f), AddressBook.NICKNAME_WEIGHT, Evidence.NICKNAME)));
		String base = lexicon.isKnown(word) ? null : firstKnownBase(word, book);
		if (base != null) {
			meanings.add(new Meaning(AddressBook.nameTerm(base), DIMINUTIVE, Evidence.DIMINUTIVE));
			lexicon.relationsOf(base)
				.forEach(r -> meanings.add(new Meaning(AddressBook.relationTerm(r.name()),
						DIMINUTIVE_RELATION * r.weight(), Evidence.DIMINUTIVE)));
			lexicon.formalsOf(base)
				.forEach(f -> meanings
					.add(new Meaning(AddressBook.nameTerm(f), DIMINUTIVE_NICKNAME, Evidence.NICKNAME)));
		}
		for (String alike : book.wordsSpeltOtherwise(word)) {
			meanings.add(new Meaning(AddressBook.nameTerm(alike), SPELT_OTHERWISE, Evidence.TYPO));
		}
		if (word.length() == 1) {
			meanings.add(new Meaning(AddressBook.initialTerm(word.charAt(0)), INITIAL, Evidence.INITIAL));
		}
		if (!lexicon.isKnown(word) && !book.hasWord(word)) {
			addNearMisses(word, book, meanings);
		}
		return meanings;
	}

	private static String firstKnownBase(String word, AddressBook book) {
		for (String base : Diminutives.basesOf(word)) {
			if (book.lexicon().isKnown(base) || book.hasWord(base)) {
				return base;
			}
		}
		return null;
	}

	private static void addNearMisses(String word, AddressBook book, List<Meaning> meanings) {
		for (FuzzyIndex.Near near : book.wordsNear(word)) {
			meanings.add(new Meaning(AddressBook.nameTerm(near.word()), near.similarity(), Evidence.TYPO));
		}
		for (FuzzyIndex.Near near : book.lexicon().relationWordsNear(word)) {
			book.lexicon()
				.relationsOf(near.word())
				.forEach(r -> meanings.add(new Meaning(AddressBook.relationTerm(r.name()),
						near.similarity() * r.weight(), Evidence.TYPO)));
		}
		if (word.length() >= 4) {
			for (String longer : book.wordsStartingWith(word)) {
				if (longer.length() - word.length() >= 2) {
					meanings.add(new Meaning(AddressBook.nameTerm(longer), PREFIX, Evidence.PREFIX));
				}
			}
		}
	}

}
