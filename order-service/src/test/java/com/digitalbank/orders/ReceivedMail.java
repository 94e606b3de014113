package com.digitalbank.orders;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.digitalbank.platform.test.LocalStackExtension;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/** What the local SMTP server received, by recipient and subject. */
public final class ReceivedMail {

	private ReceivedMail() {
	}

	/** Every message to {@code recipient} whose subject contains {@code subjectPart}. */
	public static List<MimeMessage> to(String recipient, String subjectPart) {
		return Arrays.stream(LocalStackExtension.stack().mail().getReceivedMessages())
			.filter(message -> isFor(message, recipient) && subject(message).contains(subjectPart))
			.toList();
	}

	public static MimeMessage awaitOne(String recipient, String subjectPart) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> to(recipient, subjectPart), messages -> !messages.isEmpty())
			.getFirst();
	}

	/** The body part of this MIME type, searched through nested multiparts. */
	public static String part(Part part, String mimeType) throws Exception {
		if (part.isMimeType(mimeType)) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = part(child, mimeType);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean isFor(MimeMessage message, String recipient) {
		try {
			Address[] all = message.getAllRecipients();
			return all != null && Arrays.stream(all).anyMatch(address -> address.toString().contains(recipient));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			return "";
		}
	}

}
