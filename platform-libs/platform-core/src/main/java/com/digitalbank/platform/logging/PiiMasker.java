package com.digitalbank.platform.logging;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks e-mail addresses, balances, card numbers, CLABEs and account numbers wherever
 * they occur in a text. Works on the rendered text, not on field names, because a log
 * line can hold them anywhere: in a message, an exception, a JSON body that was logged as
 * a string. A UUID is an identifier, never personal data, and is left whole: one whose
 * first group is all digits (about one in forty) would otherwise lose it as an account
 * number, and an id that is masked in some lines cannot be searched for.
 */
public final class PiiMasker {

	private static final String MASK = "***";

	private static final Pattern UUID = Pattern
		.compile("(?<!\\p{XDigit})\\p{XDigit}{8}(?:-\\p{XDigit}{4}){3}-\\p{XDigit}{12}(?!\\p{XDigit})");

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
		StringBuilder masked = new StringBuilder(text.length());
		Matcher uuids = UUID.matcher(text);
		int from = 0;
		while (uuids.find()) {
			masked.append(maskPart(text.substring(from, uuids.start()))).append(uuids.group());
			from = uuids.end();
		}
		return masked.append(maskPart(text.substring(from))).toString();
	}

	private static String maskPart(String text) {
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
