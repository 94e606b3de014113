package com.digitalbank.crm.resolution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labelled queries over one or more users' address books. Two sets exist: the resolver's
 * author's ({@code evaluation.csv} over the single book of {@code address-book.csv}) and
 * an independent reviewer's ({@code independent-evaluation.csv} over the four books of
 * {@code independent-address-books.csv}, written before reading the resolver).
 */
record EvaluationSet(String name, Map<String, List<Contact>> books, List<Query> queries) {

	/**
	 * A query in one user's book and who it names: one person, nobody, or several
	 * equally. {@code exact} marks a query that is, up to case and accents, the person's
	 * name or alias.
	 */
	record Query(String book, String text, Label label, Set<String> ids, boolean exact) {

		boolean answerable() {
			return label == Label.PERSON;
		}

		String id() {
			return ids.iterator().next();
		}

	}

	enum Label {

		PERSON, NONE, AMBIGUOUS

	}

	@Override
	public String toString() {
		return name;
	}

	int contactCount() {
		return books.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * The author's set: {@code id;name;aliases;relationship} and {@code query;expected}.
	 */
	static EvaluationSet authors() {
		List<Contact> contacts = rows("address-book.csv").stream().map(row -> contact(row.split(";", -1), 0)).toList();
		List<Query> queries = rows("evaluation.csv").stream().map(row -> {
			int separator = row.lastIndexOf(';');
			return query("", row.substring(0, separator), row.substring(separator + 1));
		}).toList();
		return new EvaluationSet("author's set", Map.of("", contacts), queries);
	}

	/**
	 * The independent set: {@code book;id;name;aliases;relationship} and
	 * {@code book;query;expected}.
	 */
	static EvaluationSet independent() {
		Map<String, List<Contact>> books = new LinkedHashMap<>();
		for (String row : rows("independent-address-books.csv")) {
			String[] cells = row.split(";", -1);
			books.computeIfAbsent(cells[0], book -> new ArrayList<>()).add(contact(cells, 1));
		}
		List<Query> queries = rows("independent-evaluation.csv").stream().map(row -> {
			int first = row.indexOf(';');
			int last = row.lastIndexOf(';');
			return query(row.substring(0, first), row.substring(first + 1, last), row.substring(last + 1));
		}).toList();
		return new EvaluationSet("independent set", books, queries);
	}

	private static Contact contact(String[] cells, int from) {
		String aliases = cells[from + 2];
		return new Contact(cells[from], cells[from + 1],
				aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\\|")), cells[from + 3]);
	}

	private static Query query(String book, String text, String expected) {
		String label = expected.strip();
		if (label.equals("NONE")) {
			return new Query(book, text, Label.NONE, Set.of(), false);
		}
		if (label.startsWith("AMBIGUOUS:")) {
			return new Query(book, text, Label.AMBIGUOUS, Set.of(label.substring("AMBIGUOUS:".length()).split("\\|")),
					false);
		}
		if (label.startsWith("EXACT:")) {
			return new Query(book, text, Label.PERSON, Set.of(label.substring("EXACT:".length())), true);
		}
		return new Query(book, text, Label.PERSON, Set.of(label.substring(label.indexOf(':') + 1)), false);
	}

	private static List<String> rows(String file) {
		try (InputStream in = EvaluationSet.class.getResourceAsStream("/resolution/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
