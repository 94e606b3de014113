package com.digitalbank.localstack;

import java.util.List;
import java.util.Map;

/**
 * The inbox as a browser shows it: newest first, one row per message linking to its
 * rendered body. Every value is escaped, since what arrives by SMTP is untrusted.
 */
final class MailInboxPage {

	private MailInboxPage() {
	}

	static String render(List<Map<String, Object>> items) {
		StringBuilder rows = new StringBuilder();
		for (int i = items.size() - 1; i >= 0; i--) {
			Map<String, Object> item = items.get(i);
			rows.append("<tr><td>")
				.append(escape(item.get("receivedAt")))
				.append("</td><td>")
				.append(escape(item.get("from")))
				.append("</td><td>")
				.append(escape(String.join(", ", toList(item.get("to")))))
				.append("</td><td><a href=\"/mail/")
				.append(item.get("index"))
				.append("\">")
				.append(escape(item.get("subject") != null ? item.get("subject") : "(no subject)"))
				.append("</a></td></tr>\n");
		}
		String body = items.isEmpty()
				? "<p class=\"empty\">No mail yet. Anything sent to the local SMTP server shows here.</p>"
				: "<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>\n"
						+ rows + "</tbody></table>";
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>Local mail (%d)</title>
				<meta http-equiv="refresh" content="10">
				<style>
				body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
				table{border-collapse:collapse;width:100%%}
				th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
				th{background:#f4f4f4}tr:hover td{background:#fafafa}.empty,small{color:#777}
				</style></head><body>
				<h1>Local mail <small>(%d, refreshes every 10 s; JSON with Accept: application/json)</small></h1>
				%s
				</body></html>
				""".formatted(items.size(), items.size(), body);
	}

	@SuppressWarnings("unchecked")
	private static List<String> toList(Object value) {
		return value instanceof List<?> list ? (List<String>) list : List.of();
	}

	static String escape(Object value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder();
		for (char c : value.toString().toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
