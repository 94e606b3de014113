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
import org.springframework.util.ClassUtils;

/**
 * Sends an e-mail as multipart/alternative: plain text first, HTML preferred by mail
 * clients.
 * <p>
 * Two costs of Jakarta Mail 2.1 are avoided here; together they were about a tenth of the
 * CPU of the order pipeline in its benchmark. It looks its {@code StreamProvider} up with
 * a {@code ServiceLoader} scan of every jar on the class path each time it builds,
 * encodes or writes a part (jakartaee/mail-api#699 and #861, to be fixed in 2.2); naming
 * the provider in the system property it reads first skips the scan. And a text part
 * without a transfer encoding is written out once just to choose one, byte by byte; the
 * parts here say quoted-printable, what it would choose for these mostly-ASCII texts.
 */
@Component
public class MailGateway {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null
				&& ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, MailGateway.class.getClassLoader())) {
			System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
		}
	}

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
		part.setHeader("Content-Transfer-Encoding", "quoted-printable");
		return part;
	}

}
