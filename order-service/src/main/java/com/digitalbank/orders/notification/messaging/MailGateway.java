package com.digitalbank.orders.notification.messaging;

import java.nio.charset.StandardCharsets;

import com.digitalbank.orders.notification.EmailMessage;
import com.digitalbank.orders.notification.MailProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends an e-mail as multipart/alternative: plain text first, HTML preferred by mail
 * clients.
 */
@Component
public class MailGateway {

	private final JavaMailSender sender;

	private final MailProperties properties;

	MailGateway(JavaMailSender sender, MailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	public void send(EmailMessage message) {
		MimeMessage mime = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
			helper.setFrom(properties.from());
			helper.setTo(message.to().toArray(String[]::new));
			helper.setSubject(message.subject());
			helper.setText(message.text(), message.html());
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not build the e-mail '" + message.subject() + "'", ex);
		}
		sender.send(mime);
	}

}
