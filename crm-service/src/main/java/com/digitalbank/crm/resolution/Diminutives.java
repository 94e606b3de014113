package com.digitalbank.crm.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a Spanish diminutive may come from: "Juanito" from "juan", "Anita" from
 * "ana", "Carlitos" from "carlos", "Paquito" from "paco", "Ramoncito" from "ramon",
 * "hermanito" from "hermano", "mamita" from "mama". Every possible base is returned, the
 * likeliest first ("Danielita" is a Daniela before a Daniel); the caller takes the first
 * it knows.
 */
final class Diminutives {

	private static final int SHORTEST = 5;

	private Diminutives() {
	}

	static List<String> basesOf(String word) {
		List<String> bases = new ArrayList<>();
		if (word.length() < SHORTEST) {
			return bases;
		}
		replace(bases, word, "itos", "os");
		replace(bases, word, "itas", "as");
		replace(bases, word, "quito", "co");
		replace(bases, word, "quita", "ca");
		replace(bases, word, "guito", "go");
		replace(bases, word, "guita", "ga");
		replace(bases, word, "cito", "", "e");
		replace(bases, word, "cita", "", "a");
		replace(bases, word, "ito", "o", "", "e");
		replace(bases, word, "ita", "a", "", "e");
		bases.removeIf(base -> base.length() < 2);
		return bases;
	}

	private static void replace(List<String> bases, String word, String suffix, String... endings) {
		if (word.endsWith(suffix)) {
			String stem = word.substring(0, word.length() - suffix.length());
			for (String ending : endings) {
				bases.add(stem + ending);
			}
		}
	}

}
