package com.digitalbank.platform.logging;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Masks e-mail addresses, balances, card numbers, CLABEs and account numbers wherever
 * they occur in a text. Works on the rendered text, not on field names, because a log
 * line can hold them anywhere: in a message, an exception, a JSON body that was logged as
 * a string.
 */
public final class PiiMasker {

	private static final String MASK = "***";

	private record Rule(Pattern pattern, Function<MatchResult, String> replacement) {
	}

	private static final List<Rule> RULES = List.of(
			// "balance": 1500.00, balanceAfter=10.5, "availableBalance":"99" -> the
			// amount goes.
			new Rule(Pattern.compile("(?i)(\"?\\w*balance\\w*\"?\\s*[:=]\\s*\"?)-?\\d[\\d,]*(?:\\.\\d+)?"),
					match -> match.group(1) + MASK),
			// ana.lopez@example.com -> a***@example.com
			new Rule(
					Pattern
						.compile("([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})"),
					match -> match.group(1) + MASK + "@" + match.group(2)),
			// Card numbers with spaces or dashes, and any run of 8+ digits (account
			// numbers, CLABE,
			// cards): only the last four digits stay.
			new Rule(Pattern.compile("(?<![\\w.])\\d(?:[ -]?\\d){11,18}(?![\\w.])|(?<![\\w.])\\d{8,}(?![\\w.])"),
					match -> keepLastFour(match.group())));

	private PiiMasker() {
	}

	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = text;
		for (Rule rule : RULES) {
			masked = rule.pattern().matcher(masked).replaceAll(match -> quote(rule.replacement().apply(match)));
		}
		return masked;
	}

	private static String keepLastFour(String digits) {
		String onlyDigits = digits.replaceAll("\\D", "");
		return "*".repeat(onlyDigits.length() - 4) + onlyDigits.substring(onlyDigits.length() - 4);
	}

	private static String quote(String replacement) {
		return replacement.replace("\\", "\\\\").replace("$", "\\$");
	}

}
