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

	private final FuzzyIndex fuzzy;

	private AddressBook(List<Contact> contacts, Lexicon lexicon) {
		this.contacts = List.copyOf(contacts);
		this.lexicon = lexicon;
		for (int i = 0; i < this.contacts.size(); i++) {
			index(i, this.contacts.get(i));
		}
		this.fuzzy = FuzzyIndex.of(words);
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
			indexAlias(i, alias, nameWords);
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
	 * name says which.
	 */
	private void indexAlias(int i, String alias, List<String> nameWords) {
		List<String> aliasWords = lexicon.contentWords(alias);
		if (aliasWords.isEmpty()) {
			return;
		}
		phrases.computeIfAbsent(String.join(" ", aliasWords), key -> new ArrayList<>())
			.add(new Phrase(i, Evidence.ALIAS, alias));
		for (String word : aliasWords) {
			boolean names = aliasWords.size() == 1 || nameWords.contains(word) || lexicon.isKnown(word);
			post(nameTerm(word), new Posting(i, names ? 1.0 : DESCRIPTIVE_WEIGHT, Evidence.ALIAS, alias));
			words.add(word);
			Set<String> forms = new LinkedHashSet<>();
			forms.add(word);
			if (!lexicon.isKnown(word)) {
				Diminutives.basesOf(word).stream().filter(lexicon::isKnown).findFirst().ifPresent(forms::add);
			}
			Set<String> formals = new HashSet<>();
			for (String form : forms) {
				lexicon.relationsOf(form)
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
	}

	private void post(String term, Posting posting) {
		postings.computeIfAbsent(term, key -> new ArrayList<>(2)).add(posting);
	}

}
