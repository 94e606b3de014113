package com.digitalbank.agent.builder.qa;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an HTML document's elements nest: every opened element closed in order, void
 * elements never closed. The end tags HTML lets a page leave out ({@code </li>}, {@code
 *
</p>
 * }, table cells) may be left out. Comments, the doctype and the content of scripts and
 * styles are not markup.
 */
final class HtmlStructure {

	private static final Pattern TAG = Pattern
		.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>");

	private static final Pattern SKIPPED = Pattern.compile(
			"<!--.*?-->|<!doctype[^>]*>|(<script\\b[^>]*>).*?</script>|(<style\\b[^>]*>).*?</style>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr");

	private static final Set<String> OPTIONAL_END = Set.of("p", "li", "td", "th", "tr", "dt", "dd", "option", "thead",
			"tbody");

	private HtmlStructure() {
	}

	/** The first structural problem, or empty when the elements nest. */
	static Optional<String> problem(String html) {
		String markup = SKIPPED.matcher(html)
			.replaceAll(match -> match.group(1) != null ? "<script></script>"
					: match.group(2) != null ? "<style></style>" : "");
		Deque<String> open = new ArrayDeque<>();
		Matcher tag = TAG.matcher(markup);
		while (tag.find()) {
			String name = tag.group(2).toLowerCase(Locale.ROOT);
			boolean closing = !tag.group(1).isEmpty();
			boolean selfClosing = tag.group(3).strip().endsWith("/");
			if (VOID.contains(name)) {
				if (closing) {
					return Optional.of("</" + name + "> closes a void element");
				}
			}
			else if (!closing && !selfClosing) {
				open.push(name);
			}
			else if (closing && !close(open, name)) {
				return Optional.of("</" + name + "> closes nothing open"
						+ (open.isEmpty() ? "" : "; <" + open.peek() + "> is still open"));
			}
		}
		open.removeIf(OPTIONAL_END::contains);
		return open.isEmpty() ? Optional.empty() : Optional.of("<" + open.peek() + "> is never closed");
	}

	private static boolean close(Deque<String> open, String name) {
		while (!open.isEmpty() && !open.peek().equals(name) && OPTIONAL_END.contains(open.peek())) {
			open.pop();
		}
		if (open.isEmpty() || !open.peek().equals(name)) {
			return false;
		}
		open.pop();
		return true;
	}

}
