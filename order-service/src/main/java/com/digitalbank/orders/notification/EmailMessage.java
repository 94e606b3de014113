package com.digitalbank.orders.notification;

import java.util.List;

/** A rendered e-mail, ready to send: the same content as HTML and as plain text. */
public record EmailMessage(List<String> to, String subject, String html, String text) {

	public EmailMessage {
		to = List.copyOf(to);
	}

}
