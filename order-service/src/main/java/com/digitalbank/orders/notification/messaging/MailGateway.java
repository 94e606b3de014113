package com.digitalbank.orders.notification.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.digitalbank.orders.notification.EmailMessage;
import com.digitalbank.orders.notification.MailProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
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
 * the provider in the system property it reads first skips the scan. And a text part it
 * encodes itself is written out twice, byte by byte: once to choose a transfer encoding,
 * once encoding it into the SMTP stream, where every byte passes a buffered stream's lock
 * and the line and dot checks. Each part here is encoded once into an array, as
 * quoted-printable (what it would choose for these mostly-ASCII texts), and given to
 * Jakarta Mail as ready content, which it copies to the connection in blocks.
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
		catch (MessagingException | IOException ex) {
			throw new MailPreparationException("Could not build the e-mail '" + message.subject() + "'", ex);
		}
		sender.send(mime);
	}

	private static MimeBodyPart part(String content, String subtype) throws MessagingException, IOException {
		InternetHeaders headers = new InternetHeaders();
		headers.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
		headers.setHeader("Content-Transfer-Encoding", "quoted-printable");
		byte[] text = content.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream encoded = new ByteArrayOutputStream(text.length + text.length / 4);
		try (OutputStream quotedPrintable = MimeUtility.encode(encoded, "quoted-printable")) {
			quotedPrintable.write(text);
		}
		return new MimeBodyPart(headers, encoded.toByteArray());
	}

}
