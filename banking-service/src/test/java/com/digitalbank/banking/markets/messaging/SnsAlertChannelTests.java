package com.digitalbank.banking.markets.messaging;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.digitalbank.banking.markets.AlertChannel;
import com.digitalbank.banking.markets.MarketAlert;
import com.digitalbank.banking.markets.MarketProperties;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.sns.SnsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The alert channel production uses ({@code banking.markets.alert-channel=sns}): the
 * channel {@link MarketQueues} wires with the {@code SnsTemplate} Spring Cloud AWS
 * builds, against a WireMock server speaking SNS's query protocol (a signed, form-encoded
 * POST answered with XML), reached with static credentials.
 */
class SnsAlertChannelTests {

	private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:trading-alerts";

	@RegisterExtension
	static WireMockExtension sns = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final MarketAlert alert = new MarketAlert("AMZN", new BigDecimal("151.20"),
			Instant.parse("2026-11-23T10:00:00Z"), MarketAlert.Direction.ABOVE_HIGH, new BigDecimal("150"));

	@Test
	void publishesEachAlertAsJsonToTheTopic() {
		sns.stubFor(post("/").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/xml")
			.withBody("<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
					+ "<MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId></PublishResult>"
					+ "<ResponseMetadata><RequestId>f187a3c1-published</RequestId></ResponseMetadata>"
					+ "</PublishResponse>")));

		contexts().run(context -> {
			assertThat(context).getBean(AlertChannel.class).isInstanceOf(SnsAlertChannel.class);
			context.getBean(AlertChannel.class).publish(alert);
		});

		assertThat(sns.getAllServeEvents()).hasSize(1);
		LoggedRequest request = sns.getAllServeEvents().getFirst().getRequest();
		assertThat(request.getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDBANKING/")
			.contains("/us-east-1/sns/aws4_request");
		Map<String, String> form = form(request);
		assertThat(form).containsEntry("Action", "Publish")
			.containsEntry("Version", "2010-03-31")
			.containsEntry("TopicArn", TOPIC);
		JsonNode message = JsonMapper.builder().build().readTree(form.get("Message"));
		assertThat(message.get("symbol").asString()).isEqualTo("AMZN");
		assertThat(message.get("price").decimalValue()).isEqualByComparingTo("151.20");
		assertThat(message.get("timestamp").asString()).isEqualTo("2026-11-23T10:00:00Z");
		assertThat(message.get("direction").asString()).isEqualTo("ABOVE_HIGH");
		assertThat(message.get("threshold").decimalValue()).isEqualByComparingTo("150");
	}

	@Test
	void failsThePublishWhenSnsRefusesIt() {
		sns.stubFor(post("/").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "text/xml")
			.withBody("<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type>"
					+ "<Code>NotFound</Code><Message>Topic does not exist</Message></Error>"
					+ "<RequestId>f187a3c1-refused</RequestId></ErrorResponse>")));

		contexts()
			.run(context -> assertThatThrownBy(() -> context.getBean(AlertChannel.class).publish(alert)).rootCause()
				.isInstanceOf(NotFoundException.class)
				.hasMessageContaining("Topic does not exist"));
		// Refused, not throttled: the SDK does not retry it.
		assertThat(sns.getAllServeEvents()).hasSize(1);
	}

	private static ApplicationContextRunner contexts() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(AwsAutoConfiguration.class,
					CredentialsProviderAutoConfiguration.class, RegionProviderAutoConfiguration.class,
					JacksonAutoConfiguration.class, SnsAutoConfiguration.class))
			// As SpringApplication does, so that @Value("30s") binds to a Duration.
			.withInitializer(context -> context.getBeanFactory()
				.setConversionService(ApplicationConversionService.getSharedInstance()))
			.withUserConfiguration(Markets.class)
			.withPropertyValues("banking.markets.alert-channel=sns", "banking.markets.alert-topic-arn=" + TOPIC,
					"spring.cloud.aws.region.static=us-east-1", "spring.cloud.aws.credentials.access-key=AKIDBANKING",
					"spring.cloud.aws.credentials.secret-key=banking-secret",
					"spring.cloud.aws.sns.endpoint=" + sns.baseUrl());
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

	/** The market queues and channels as the service declares them. */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MarketProperties.class)
	static class Markets extends MarketQueues {

	}

}
