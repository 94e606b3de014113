package com.digitalbank.crm.resolution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The labelled queries of {@code resolution/evaluation.csv} over the address book of
 * {@code resolution/address-book.csv}.
 */
record EvaluationSet(List<Contact> contacts, List<Query> queries) {

	/** A query and who it names: one id, nobody, or several equally. */
	record Query(String text, Label label, Set<String> ids) {

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

	static EvaluationSet load() {
		List<Contact> contacts = rows("address-book.csv").stream().map(row -> {
			String[] cells = row.split(";", -1);
			List<String> aliases = cells[2].isEmpty() ? List.of() : Arrays.asList(cells[2].split("\\|"));
			return new Contact(cells[0], cells[1], aliases, cells[3]);
		}).toList();
		List<Query> queries = rows("evaluation.csv").stream().map(EvaluationSet::query).toList();
		return new EvaluationSet(contacts, queries);
	}

	private static Query query(String row) {
		int separator = row.lastIndexOf(';');
		String text = row.substring(0, separator);
		String expected = row.substring(separator + 1).strip();
		if (expected.equals("NONE")) {
			return new Query(text, Label.NONE, Set.of());
		}
		if (expected.startsWith("AMBIGUOUS:")) {
			return new Query(text, Label.AMBIGUOUS, Set.of(expected.substring("AMBIGUOUS:".length()).split("\\|")));
		}
		return new Query(text, Label.PERSON, Set.of(expected));
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
