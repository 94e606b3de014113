package com.digitalbank.crm.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves what a user calls someone to the contacts of their address book. Each word of
 * the query scores each contact by its best meaning ({@link WordMeanings}) against the
 * contact's words; a contact's score is the mean over the query's words, so a word that
 * names someone else ("mi hermano Carlos" when the brother is Luis) pulls it down. Then
 * {@link Thresholds} decide.
 */
public final class AliasResolver {

	/** Longer queries are read up to this many words that can name someone. */
	static final int MAX_WORDS = 8;

	private final Thresholds thresholds;

	public AliasResolver(Thresholds thresholds) {
		this.thresholds = thresholds;
	}

	public AliasResolver() {
		this(Thresholds.CALIBRATED);
	}

	public Resolution resolve(AddressBook book, String query) {
		if (book.size() == 0) {
			return Resolution.none();
		}
		List<String> words = book.lexicon().contentWords(query);
		if (words.isEmpty()) {
			return aliasOfFillers(book, Words.of(query));
		}
		if (words.size() > MAX_WORDS) {
			words = words.subList(0, MAX_WORDS);
		}
		List<AddressBook.Phrase> exact = book.phrase(words);
		if (!exact.isEmpty()) {
			return exactly(book, exact);
		}
		return decide(Scores.of(book, words));
	}

	/**
	 * A query of words that name nobody may still end with an alias made of such words
	 * ("al doctor" for the alias "doctor"); nothing else is read from it.
	 */
	private Resolution aliasOfFillers(AddressBook book, List<String> folded) {
		for (int start = 0; start < folded.size() && start < MAX_WORDS; start++) {
			List<AddressBook.Phrase> exact = book.phrase(folded.subList(start, folded.size()));
			if (!exact.isEmpty()) {
				return exactly(book, exact);
			}
		}
		return Resolution.none();
	}

	private Resolution exactly(AddressBook book, List<AddressBook.Phrase> phrases) {
		Map<Integer, AddressBook.Phrase> byContact = new LinkedHashMap<>();
		phrases.forEach(phrase -> byContact.putIfAbsent(phrase.contact(), phrase));
		List<Candidate> candidates = byContact.values().stream().map(phrase -> {
			Contact contact = book.contact(phrase.contact());
			return new Candidate(contact.id(), contact.name(), 1.0, phrase.text(),
					"exact " + phrase.evidence().label());
		}).limit(thresholds.maxCandidates()).toList();
		return new Resolution(candidates.size() == 1 ? Match.EXACT : Match.AMBIGUOUS, candidates);
	}

	private Resolution decide(Scores scores) {
		List<Candidate> ranked = scores.candidates()
			.stream()
			.sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::name))
			.toList();
		if (ranked.isEmpty() || ranked.getFirst().score() < thresholds.floor()) {
			return Resolution.none();
		}
		double best = ranked.getFirst().score();
		double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
		if (best >= thresholds.confident() && best - second >= thresholds.margin() - 1e-9) {
			return new Resolution(Match.CONFIDENT, List.of(ranked.getFirst()));
		}
		double least = Math.max(thresholds.floor(), best - thresholds.window());
		List<Candidate> close = new ArrayList<>();
		for (Candidate candidate : ranked) {
			if (candidate.score() >= least - 1e-9 && close.size() < thresholds.maxCandidates()) {
				close.add(candidate);
			}
		}
		return new Resolution(Match.AMBIGUOUS, close);
	}

}
