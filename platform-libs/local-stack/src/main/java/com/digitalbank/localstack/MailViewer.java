package com.digitalbank.localstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Lists what the local SMTP server received: {@code GET /mail} as an HTML inbox for a
 * browser ({@code Accept: text/html}) and as JSON for tools, {@code GET /mail/{index}} as
 * the message's HTML (or text) part.
 */
final class MailViewer {

	private final GreenMail mail;

	MailViewer(GreenMail mail) {
		this.mail = mail;
	}

	void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		MimeMessage[] messages = mail.getReceivedMessages();
		try {
			if (path.equals("/mail") || path.equals("/mail/")) {
				List<Map<String, Object>> items = new ArrayList<>();
				for (int i = 0; i < messages.length; i++) {
					items.add(summary(i, messages[i]));
				}
				if (wantsHtml(exchange)) {
					respond(exchange, 200, "text/html", MailInboxPage.render(items));
				}
				else {
					respond(exchange, 200, "application/json",
							JSONObjectUtils.toJSONString(Map.of("items", new ArrayList<Object>(items))));
				}
				return;
			}
			int index = Integer.parseInt(path.substring("/mail/".length()));
			if (index < 0 || index >= messages.length) {
				respond(exchange, 404, "text/plain", "No such message");
				return;
			}
			String html = MimeParts.first(messages[index], "text/html");
			respond(exchange, 200, html != null ? "text/html" : "text/plain",
					html != null ? html : String.valueOf(MimeParts.first(messages[index], "text/plain")));
		}
		catch (NumberFormatException ex) {
			respond(exchange, 404, "text/plain", "No such message");
		}
		catch (MessagingException ex) {
			respond(exchange, 500, "text/plain", "Unreadable message: " + ex.getMessage());
		}
	}

	/**
	 * A browser asks for {@code text/html} first; tools (curl's {@code *}{@code /*}, an
	 * explicit {@code application/json}) keep getting JSON.
	 */
	static boolean wantsHtml(HttpExchange exchange) {
		String accept = exchange.getRequestHeaders().getFirst("Accept");
		return accept != null && accept.contains("text/html") && !accept.startsWith("application/json");
	}

	private static Map<String, Object> summary(int index, MimeMessage message) throws MessagingException, IOException {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("index", index);
		item.put("messageId", message.getMessageID());
		item.put("from", String.valueOf(message.getFrom() != null ? message.getFrom()[0] : null));
		List<String> to = new ArrayList<>();
		if (message.getRecipients(Message.RecipientType.TO) != null) {
			for (var address : message.getRecipients(Message.RecipientType.TO)) {
				to.add(address.toString());
			}
		}
		item.put("to", to);
		item.put("subject", message.getSubject());
		item.put("receivedAt", message.getSentDate() != null ? message.getSentDate().toInstant().toString() : null);
		item.put("text", MimeParts.first(message, "text/plain"));
		item.put("html", MimeParts.first(message, "text/html"));
		return item;
	}

	private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
		DevIdentityProvider.send(exchange, status, type, body);
	}

}
