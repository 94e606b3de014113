package com.digitalbank.orders.notification.messaging;

import java.nio.charset.StandardCharsets;

import com.digitalbank.orders.notification.EmailMessage;
import com.digitalbank.orders.notification.MailProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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

	/**
	 * One multipart/alternative and nothing around it: the helper's default nests it in
	 * mixed and related parts made for attachments and inline images, which these e-mails
	 * do not have, and every level is built, sent and parsed again.
	 */
	public void send(EmailMessage message) {
		MimeMessage mime = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(properties.from());
			helper.setTo(message.to().toArray(String[]::new));
			helper.setSubject(message.subject());
			MimeMultipart alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(part(message.text(), "plain"));
			alternative.addBodyPart(part(message.html(), "html"));
			mime.setContent(alternative);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not build the e-mail '" + message.subject() + "'", ex);
		}
		sender.send(mime);
	}

	private static MimeBodyPart part(String content, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(content, StandardCharsets.UTF_8.name(), subtype);
		return part;
	}

}
