package com.digitalbank.orders;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.digitalbank.platform.test.LocalStackExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
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

	private static boolean isFor(MimeMessage message, String recipient) {
		try {
			Address[] all = message.getAllRecipients();
			return all != null && Arrays.stream(all).anyMatch(address -> address.toString().contains(recipient));
		}
		catch (MessagingException ex) {
			throw unreadable(message, ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			throw unreadable(message, ex);
		}
	}

	/**
	 * A message that cannot be read fails the test: counted as "not this one", it could
	 * hide a duplicate e-mail from a test that expects exactly one.
	 */
	private static IllegalStateException unreadable(MimeMessage message, MessagingException ex) {
		return new IllegalStateException("The SMTP server holds an e-mail that cannot be read: " + message, ex);
	}

}
