package com.digitalbank.agent.assistant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money out of a message's words: digits with symbols, thousands
 * separators and decimals ({@code $1,200.50}), shorthand ({@code 1.5k}, {@code 5 mil})
 * and numbers in words in Spanish and English ({@code mil quinientos},
 * {@code five hundred}). Pure and deterministic; never floating point.
 */
final class AmountReader {

	/** An amount and the words it spans, so the other readers can skip them. */
	record Found(BigDecimal amount, int start, int end) {
	}

	private static final Pattern DIGITS = Pattern
		.compile("^(?:mxn|\\$)?\\$?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?)(k|mil|mxn|pesos)?$");

	private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("un", 1), Map.entry("uno", 1),
			Map.entry("una", 1), Map.entry("one", 1), Map.entry("dos", 2), Map.entry("two", 2), Map.entry("tres", 3),
			Map.entry("three", 3), Map.entry("cuatro", 4), Map.entry("four", 4), Map.entry("cinco", 5),
			Map.entry("five", 5), Map.entry("seis", 6), Map.entry("six", 6), Map.entry("siete", 7),
			Map.entry("seven", 7), Map.entry("ocho", 8), Map.entry("eight", 8), Map.entry("nueve", 9),
			Map.entry("nine", 9), Map.entry("diez", 10), Map.entry("ten", 10), Map.entry("once", 11),
			Map.entry("eleven", 11), Map.entry("doce", 12), Map.entry("twelve", 12), Map.entry("quince", 15),
			Map.entry("fifteen", 15), Map.entry("veinte", 20), Map.entry("twenty", 20), Map.entry("veinticinco", 25),
			Map.entry("treinta", 30), Map.entry("thirty", 30), Map.entry("cuarenta", 40), Map.entry("forty", 40),
			Map.entry("cincuenta", 50), Map.entry("fifty", 50), Map.entry("sesenta", 60), Map.entry("sixty", 60),
			Map.entry("setenta", 70), Map.entry("seventy", 70), Map.entry("ochenta", 80), Map.entry("eighty", 80),
			Map.entry("noventa", 90), Map.entry("ninety", 90), Map.entry("cien", 100), Map.entry("ciento", 100),
			Map.entry("doscientos", 200), Map.entry("trescientos", 300), Map.entry("cuatrocientos", 400),
			Map.entry("quinientos", 500), Map.entry("seiscientos", 600), Map.entry("setecientos", 700),
			Map.entry("ochocientos", 800), Map.entry("novecientos", 900));

	private static final Set<String> THOUSANDS = Wording.vocabulary("mil", "thousand", "grand", "k");

	private static final Set<String> HUNDREDS = Wording.vocabulary("hundred");

	private static final Set<String> JOINERS = Wording.vocabulary("y", "and");

	private static final Set<String> CURRENCY = Wording.vocabulary("pesos", "peso", "mxn", "varos", "baros", "bucks",
			"lucas", "$");

	private AmountReader() {
	}

	/** The first amount given in digits, or else the largest given in words. */
	static Optional<Found> read(List<String> words) {
		List<Found> runs = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			Found run = run(words, i);
			if (run != null) {
				runs.add(run);
				i = run.end();
			}
			else {
				i++;
			}
		}
		return runs.stream()
			.filter(run -> hasDigits(words, run))
			.findFirst()
			.or(() -> runs.stream()
				.filter(run -> run.amount().compareTo(BigDecimal.ONE) > 0)
				.reduce((a, b) -> a.amount().compareTo(b.amount()) >= 0 ? a : b));
	}

	private static boolean hasDigits(List<String> words, Found run) {
		return words.subList(run.start(), run.end()).stream().anyMatch(word -> word.matches(".*\\d.*"));
	}

	private static Found run(List<String> words, int start) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal current = BigDecimal.ZERO;
		boolean any = false;
		int i = start;
		if (i < words.size() && CURRENCY.contains(words.get(i)) && words.get(i).equals("$")) {
			i++;
		}
		for (; i < words.size(); i++) {
			String word = words.get(i);
			Matcher digits = DIGITS.matcher(word);
			if (digits.matches()) {
				BigDecimal value = new BigDecimal(digits.group(1).replace(",", ""));
				boolean thousands = "k".equals(digits.group(2)) || "mil".equals(digits.group(2));
				current = current.add(thousands ? value.multiply(BigDecimal.valueOf(1000)) : value);
			}
			else if (UNITS.containsKey(word) && !(word.equals("una") || word.equals("un") || word.equals("one"))
					|| (UNITS.containsKey(word) && next(words, i, THOUSANDS, HUNDREDS))) {
				current = current.add(BigDecimal.valueOf(UNITS.get(word)));
			}
			else if (word.equals("a") && any == false && next(words, i, THOUSANDS, HUNDREDS)) {
				current = BigDecimal.ONE;
			}
			else if (HUNDREDS.contains(word) && any) {
				current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(100));
			}
			else if (THOUSANDS.contains(word) && (any || word.equals("mil"))) {
				total = total
					.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(1000)));
				current = BigDecimal.ZERO;
			}
			else if (any && JOINERS.contains(word) && i + 1 < words.size() && isNumberWord(words.get(i + 1))) {
				continue;
			}
			else if (any && CURRENCY.contains(word)) {
				i++;
				break;
			}
			else {
				break;
			}
			any = true;
		}
		if (!any) {
			return null;
		}
		BigDecimal amount = total.add(current).setScale(2, RoundingMode.HALF_UP);
		return new Found(amount, start, i);
	}

	private static boolean next(List<String> words, int i, Set<String> first, Set<String> second) {
		return i + 1 < words.size() && (first.contains(words.get(i + 1)) || second.contains(words.get(i + 1)));
	}

	private static boolean isNumberWord(String word) {
		return UNITS.containsKey(word) || DIGITS.matcher(word).matches();
	}

}
