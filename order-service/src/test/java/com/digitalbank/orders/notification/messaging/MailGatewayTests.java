package com.digitalbank.orders.notification.messaging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.digitalbank.orders.notification.EmailMessage;
import com.digitalbank.orders.notification.MailProperties;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class MailGatewayTests {

	private final Session session = Session.getInstance(new Properties());

	@Test
	void sendsTextAndHtmlAsQuotedPrintableThatReadsBackAsWritten() throws Exception {
		String text = "Hola Ana López,\nsu pedido ORD-1 = 3,129.91 MXN está en camino. " + "x".repeat(200)
				+ " \nCuauhtémoc, 06500 Ciudad de México\n.\nfin";
		String html = "<p>Hola <b>Ana López</b> =</p>\n<p>" + "ñ".repeat(120) + "</p>";

		MimeMessage sent = send(new EmailMessage(List.of("ana@example.com"), "Pedido ORD-1", html, text));

		MimeMessage received = new MimeMessage(session, new ByteArrayInputStream(bytes(sent)));
		MimeMultipart alternative = (MimeMultipart) received.getContent();
		assertThat(alternative.getContentType()).startsWith("multipart/alternative");
		assertThat(alternative.getCount()).isEqualTo(2);
		assertPart(alternative.getBodyPart(0), "text/plain", text);
		assertPart(alternative.getBodyPart(1), "text/html", html);
		assertThat(received.getSubject()).isEqualTo("Pedido ORD-1");
	}

	private static void assertPart(BodyPart part, String type, String content) throws Exception {
		assertThat(part.getContentType()).startsWith(type).containsIgnoringCase("charset=UTF-8");
		assertThat(part.getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
		assertThat(((String) part.getContent()).replace("\r\n", "\n")).isEqualTo(content);
	}

	private MimeMessage send(EmailMessage message) {
		JavaMailSender sender = mock(JavaMailSender.class);
		given(sender.createMimeMessage()).willReturn(new MimeMessage(session));
		new MailGateway(sender, new MailProperties("Orders <orders@example.com>", List.of("team@example.com"),
				"templates", Duration.ZERO, Duration.ofSeconds(45), "s", "s"))
			.send(message);
		ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
		verify(sender).send(sent.capture());
		return sent.getValue();
	}

	private static byte[] bytes(MimeMessage message) throws Exception {
		message.saveChanges();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toByteArray();
	}

}
