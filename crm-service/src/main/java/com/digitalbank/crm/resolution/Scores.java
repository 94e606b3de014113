package com.digitalbank.crm.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Every contact a query's words reach, with its score (the mean of each word's best
 * match) and, per word, what it matched: the reason and the alias shown to the user.
 */
final class Scores {

	/** What one word matched of one contact, and how well. */
	private record Why(String word, double value, Evidence evidence, String text) {
	}

	private final AddressBook book;

	private final int wordCount;

	private final double[] totals;

	private final Why[][] whys;

	private Scores(AddressBook book, int wordCount) {
		this.book = book;
		this.wordCount = wordCount;
		this.totals = new double[book.size()];
		this.whys = new Why[wordCount][];
	}

	static Scores of(AddressBook book, List<String> words) {
		Scores scores = new Scores(book, words.size());
		for (int k = 0; k < words.size(); k++) {
			scores.add(k, words.get(k));
		}
		return scores;
	}

	private void add(int k, String word) {
		Why[] best = new Why[book.size()];
		for (WordMeanings.Meaning meaning : WordMeanings.of(word, book)) {
			for (AddressBook.Posting posting : book.postings(meaning.term())) {
				double value = meaning.similarity() * posting.weight();
				Why current = best[posting.contact()];
				if (current == null || value > current.value()) {
					Evidence evidence = meaning.evidence() == null ? posting.evidence()
							: weaker(meaning.evidence(), posting.evidence());
					best[posting.contact()] = new Why(word, value, evidence, posting.text());
				}
			}
		}
		for (int c = 0; c < best.length; c++) {
			if (best[c] != null) {
				totals[c] += best[c].value();
			}
		}
		whys[k] = best;
	}

	List<Candidate> candidates() {
		List<Candidate> candidates = new ArrayList<>();
		for (int c = 0; c < totals.length; c++) {
			if (totals[c] > 0) {
				candidates.add(candidate(c));
			}
		}
		return candidates;
	}

	private Candidate candidate(int c) {
		Contact contact = book.contact(c);
		double score = Math.round(totals[c] / wordCount * 1000) / 1000.0;
		List<String> reasons = new ArrayList<>();
		Why shown = null;
		for (Why[] word : whys) {
			Why why = word[c];
			if (why == null) {
				continue;
			}
			reasons.add(why.evidence().label() + " \"" + why.word() + "\"");
			if (shown == null || why.evidence().ordinal() < shown.evidence().ordinal()) {
				shown = why;
			}
		}
		return new Candidate(contact.id(), contact.name(), score, shown.text(), String.join(", ", reasons));
	}

	private static Evidence weaker(Evidence one, Evidence other) {
		return one.ordinal() >= other.ordinal() ? one : other;
	}

}
