package com.digitalbank.crm.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A caller's contacts indexed for resolution, built once per address book: every word of
 * every name and alias, the nicknames and relationships they stand for, the whole names
 * and aliases as phrases, and the words again under their typo neighbourhoods. A query
 * then looks up only the few entries its words point at instead of measuring every
 * contact.
 */
public final class AddressBook {

	/** A contact under a term, with what the contact's own data says about it. */
	record Posting(int contact, double weight, Evidence evidence, String text) {
	}

	/** A whole alias or name. */
	record Phrase(int contact, Evidence evidence, String text) {
	}

	static final double NAME_WEIGHT = 0.97;

	private static final Set<String> QUALIFIERS = Set.of("de", "del", "of");

	static final double NICKNAME_WEIGHT = 0.9;

	/**
	 * A word of a longer alias that is no name ("gym" of "Carlos del gym"): alone it
	 * describes more people than this one.
	 */
	static final double DESCRIPTIVE_WEIGHT = 0.8;

	private final List<Contact> contacts;

	private final Lexicon lexicon;

	private final Map<String, List<Posting>> postings = new HashMap<>();

	private final Map<String, List<Phrase>> phrases = new HashMap<>();

	private final NavigableSet<String> words = new TreeSet<>();

	private final Map<String, Set<String>> wordsBySpelling = new HashMap<>();

	private final FuzzyIndex fuzzy;

	private AddressBook(List<Contact> contacts, Lexicon lexicon) {
		this.contacts = List.copyOf(contacts);
		this.lexicon = lexicon;
		for (int i = 0; i < this.contacts.size(); i++) {
			index(i, this.contacts.get(i));
		}
		this.fuzzy = FuzzyIndex.of(words);
		for (String word : words) {
			String key = Spellings.key(word);
			if (key != null) {
				wordsBySpelling.computeIfAbsent(key, k -> new HashSet<>()).add(word);
			}
		}
	}

	public static AddressBook of(List<Contact> contacts, Lexicon lexicon) {
		return new AddressBook(contacts, lexicon);
	}

	public int size() {
		return contacts.size();
	}

	Contact contact(int index) {
		return contacts.get(index);
	}

	Lexicon lexicon() {
		return lexicon;
	}

	List<Posting> postings(String term) {
		return postings.getOrDefault(term, List.of());
	}

	List<Phrase> phrase(List<String> words) {
		return phrases.getOrDefault(String.join(" ", words), List.of());
	}

	boolean hasWord(String word) {
		return words.contains(word);
	}

	List<FuzzyIndex.Near> wordsNear(String word) {
		return fuzzy.near(word);
	}

	/**
	 * Words of names and aliases spelt otherwise but said the same ("caty" for "katie").
	 */
	Set<String> wordsSpeltOtherwise(String word) {
		String key = Spellings.key(word);
		Set<String> alike = key == null ? Set.of() : wordsBySpelling.getOrDefault(key, Set.of());
		if (alike.contains(word)) {
			alike = new HashSet<>(alike);
			alike.remove(word);
		}
		return alike;
	}

	/** Words of names and aliases that begin with the given one. */
	Set<String> wordsStartingWith(String prefix) {
		return words.subSet(prefix, false, prefix + Character.MAX_VALUE, false);
	}

	static String nameTerm(String word) {
		return "n:" + word;
	}

	static String relationTerm(String relationship) {
		return "r:" + relationship;
	}

	static String initialTerm(char initial) {
		return "i:" + initial;
	}

	private void index(int i, Contact contact) {
		List<String> nameWords = lexicon.contentWords(contact.name());
		phrases.computeIfAbsent(String.join(" ", nameWords), key -> new ArrayList<>())
			.add(new Phrase(i, Evidence.NAME, contact.name()));
		for (String word : nameWords) {
			post(nameTerm(word), new Posting(i, NAME_WEIGHT, Evidence.NAME, contact.name()));
			post(initialTerm(word.charAt(0)), new Posting(i, 1.0, Evidence.NAME, contact.name()));
			for (String formal : lexicon.formalsOf(word)) {
				post(nameTerm(formal), new Posting(i, NICKNAME_WEIGHT, Evidence.NICKNAME, contact.name()));
			}
			words.add(word);
		}
		for (String alias : contact.aliases()) {
			indexAlias(i, alias, nameWords, contact.relationship());
		}
		if (contact.relationship() != null) {
			post(relationTerm(contact.relationship()), new Posting(i, 1.0, Evidence.RELATIONSHIP,
					contact.relationship().toLowerCase(Locale.ROOT).replace('_', ' ')));
		}
	}

	/**
	 * An alias's words name the contact literally, and through the relationships and
	 * formal names they stand for ("tía Lupita": an aunt, a Guadalupe). A nickname that
	 * fits several names ("Dani") stands only for the one the contact is called, when the
	 * name says which. A word of a longer alias names the contact as well as a word of
	 * their name does, not as well as the whole alias. An alias that describes the
	 * contact through someone else ("mamá de Santi", "Carlos del gym") is read literally
	 * only: its relationship is to that someone, not to the user, and its other words
	 * name the other person. An alias made only of words that name nobody ("doctor") is
	 * kept as a phrase.
	 */
	private void indexAlias(int i, String alias, List<String> nameWords, String relationship) {
		List<String> aliasWords = lexicon.contentWords(alias);
		if (aliasWords.isEmpty()) {
			List<String> folded = Words.of(alias);
			if (!folded.isEmpty()) {
				phrases.computeIfAbsent(String.join(" ", folded), key -> new ArrayList<>())
					.add(new Phrase(i, Evidence.ALIAS, alias));
			}
			return;
		}
		phrases.computeIfAbsent(String.join(" ", aliasWords), key -> new ArrayList<>())
			.add(new Phrase(i, Evidence.ALIAS, alias));
		boolean qualified = isQualified(alias);
		for (String word : aliasWords) {
			boolean names = aliasWords.size() == 1 || nameWords.contains(word) || (!qualified && lexicon.isKnown(word));
			double weight = !names ? DESCRIPTIVE_WEIGHT : aliasWords.size() == 1 ? 1.0 : NAME_WEIGHT;
			post(nameTerm(word), new Posting(i, weight, Evidence.ALIAS, alias));
			words.add(word);
			if (!qualified) {
				indexMeanings(i, alias, word, nameWords, relationship);
			}
		}
	}

	/**
	 * A word that names several relationships ("viejo": a father or a spouse) names only
	 * the contact's own when it is one of them: the user called their husband "viejo".
	 */
	private void indexMeanings(int i, String alias, String word, List<String> nameWords, String relationship) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(word);
		if (!lexicon.isKnown(word)) {
			Diminutives.basesOf(word).stream().filter(lexicon::isKnown).findFirst().ifPresent(forms::add);
		}
		Set<String> formals = new HashSet<>();
		for (String form : forms) {
			Set<Lexicon.Relation> relations = lexicon.relationsOf(form);
			relations.stream()
				.filter(relation -> relation.name().equals(relationship)
						|| relations.stream().noneMatch(other -> other.name().equals(relationship)))
				.forEach(relation -> post(relationTerm(relation.name()),
						new Posting(i, relation.weight(), Evidence.RELATIONSHIP, alias)));
			formals.addAll(lexicon.formalsOf(form));
		}
		Set<String> named = new HashSet<>(formals);
		named.retainAll(nameWords);
		for (String formal : named.isEmpty() ? formals : named) {
			post(nameTerm(formal), new Posting(i, NICKNAME_WEIGHT, Evidence.NICKNAME, alias));
		}
	}

	/** "X de Y", "X del Y", "X of Y": an alias that names the contact through Y. */
	private static boolean isQualified(String alias) {
		List<String> folded = Words.of(alias);
		for (int k = 1; k < folded.size() - 1; k++) {
			if (QUALIFIERS.contains(folded.get(k))) {
				return true;
			}
		}
		return false;
	}

	private void post(String term, Posting posting) {
		postings.computeIfAbsent(term, key -> new ArrayList<>(2)).add(posting);
	}

}
