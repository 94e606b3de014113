package com.digitalbank.orders.notification.messaging;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.digitalbank.localstack.MimeParts;
import com.digitalbank.orders.notification.EmailMessage;
import com.digitalbank.orders.notification.MailProperties;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.ses.SesAutoConfiguration;
import io.awspring.cloud.ses.SimpleEmailServiceJavaMailSender;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import software.amazon.awssdk.services.ses.model.MessageRejectedException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mail transport production takes. Without {@code spring.mail.host} (in AWS), Spring
 * Cloud AWS's SES sender is the only {@code JavaMailSender} and every e-mail leaves as an
 * SES {@code SendRawEmail} call; with it set (locally, in the other tests) the platform
 * excludes SES and SMTP is used. Here SES is a WireMock server speaking SES's query
 * protocol (a signed, form-encoded POST answered with XML), and the SDK client is the one
 * {@code SesAutoConfiguration} builds, pointed at the stub with static credentials.
 */
class SesMailGatewayTests {

	private static final String FROM = "Digital Bank Orders <orders@digitalbank.example>";

	private static final String MESSAGE_ID = "0100019a-5e1c-4a2b-9f3e-2c7d8e9f0a1b-000000";

	@RegisterExtension
	static WireMockExtension ses = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void sendsEachEmailAsOneSignedSesRawMessage() throws Exception {
		ses.stubFor(post("/").willReturn(sent()));

		contexts().run(context -> {
			assertThat(context).getBean(JavaMailSender.class).isInstanceOf(SimpleEmailServiceJavaMailSender.class);
			gateway(context.getBean(JavaMailSender.class))
				.send(new EmailMessage(List.of("ana@example.com", "team@digitalbank.example"),
						"Recibimos tu pedido ORD-1 — gracias", "<p>Total <b>3,129.91</b></p>", "Total 3,129.91"));
		});

		LoggedRequest request = onlyRequest();
		Map<String, String> form = form(request);
		assertThat(form).containsEntry("Action", "SendRawEmail").containsEntry("Version", "2010-12-01");
		assertThat(request.getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDORDERS/")
			.contains("/us-east-1/ses/aws4_request");
		MimeMessage sent = mime(form.get("RawMessage.Data"));
		assertThat(sent.getFrom()).containsExactly(new InternetAddress(FROM));
		assertThat(sent.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress("ana@example.com"),
				new InternetAddress("team@digitalbank.example"));
		assertThat(sent.getSubject()).isEqualTo("Recibimos tu pedido ORD-1 — gracias");
		assertThat(MimeParts.first(sent, "text/plain")).isEqualTo("Total 3,129.91");
		assertThat(MimeParts.first(sent, "text/html")).isEqualTo("<p>Total <b>3,129.91</b></p>");
	}

	@Test
	void takesTheMessageIdSesAnswersAsTheEmailsMessageId() {
		ses.stubFor(post("/").willReturn(sent()));

		contexts().run(context -> {
			JavaMailSender sender = context.getBean(JavaMailSender.class);
			MimeMessage message = sender.createMimeMessage();
			message.setFrom(FROM);
			message.setRecipients(Message.RecipientType.TO, "ana@example.com");
			message.setSubject("Hola");
			message.setText("Hola");

			sender.send(message);

			assertThat(message.getHeader("Message-ID")).containsExactly(MESSAGE_ID);
		});
	}

	@Test
	void failsTheSendWhenSesRefusesTheEmail() {
		ses.stubFor(post("/").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "text/xml")
			.withBody("<ErrorResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><Error><Type>Sender</Type>"
					+ "<Code>MessageRejected</Code><Message>Email address is not verified.</Message></Error>"
					+ "<RequestId>5f1e0c2a-refused</RequestId></ErrorResponse>")));

		contexts().run(context -> {
			MailGateway gateway = gateway(context.getBean(JavaMailSender.class));
			EmailMessage email = new EmailMessage(List.of("ana@example.com"), "Hola", "<p>Hola</p>", "Hola");

			assertThatThrownBy(() -> gateway.send(email)).isInstanceOfSatisfying(MailSendException.class,
					ex -> assertThat(ex.getFailedMessages().values()).singleElement(InstanceOfAssertFactories.THROWABLE)
						.isInstanceOf(MessageRejectedException.class)
						.hasMessageContaining("Email address is not verified."));
		});
		// Refused, not throttled: the SDK does not retry it.
		assertThat(ses.getAllServeEvents()).hasSize(1);
	}

	private static ApplicationContextRunner contexts() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(AwsAutoConfiguration.class,
					CredentialsProviderAutoConfiguration.class, RegionProviderAutoConfiguration.class,
					SesAutoConfiguration.class, MailSenderAutoConfiguration.class))
			.withPropertyValues("spring.cloud.aws.region.static=us-east-1",
					"spring.cloud.aws.credentials.access-key=AKIDORDERS",
					"spring.cloud.aws.credentials.secret-key=orders-secret",
					"spring.cloud.aws.ses.endpoint=" + ses.baseUrl());
	}

	private static MailGateway gateway(JavaMailSender sender) {
		return new MailGateway(sender, new MailProperties(FROM, List.of("team@digitalbank.example"), "orders-templates",
				null, null, "We received your order {orderNumber}", "New order {orderNumber}"));
	}

	private static ResponseDefinitionBuilder sent() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "text/xml")
			.withBody("<SendRawEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">"
					+ "<SendRawEmailResult><MessageId>" + MESSAGE_ID + "</MessageId></SendRawEmailResult>"
					+ "<ResponseMetadata><RequestId>5f1e0c2a-sent</RequestId></ResponseMetadata>"
					+ "</SendRawEmailResponse>");
	}

	private static LoggedRequest onlyRequest() {
		assertThat(ses.getAllServeEvents()).hasSize(1);
		return ses.getAllServeEvents().getFirst().getRequest();
	}

	private static Map<String, String> form(LoggedRequest request) {
		assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
		return Arrays.stream(request.getBodyAsString().split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : ""));
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static MimeMessage mime(String base64) throws Exception {
		return new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
	}

}
