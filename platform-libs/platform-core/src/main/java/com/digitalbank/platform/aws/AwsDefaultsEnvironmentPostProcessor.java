package com.digitalbank.platform.aws;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where the AWS clients point, added with the lowest precedence so that a service's
 * {@code application.yml}, the environment or a system property can override it: the
 * default region and chain in AWS, and under the {@code local} profile the stand-ins of
 * the local AWS stack on their documented ports with static credentials.
 */
public class AwsDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String LOCAL_PROFILE = "local";

	static final String SOURCE_NAME = "platformAwsDefaults";

	private static final String EXCLUDE = "spring.autoconfigure.exclude";

	private static final String SES_AUTO_CONFIGURATION = "io.awspring.cloud.autoconfigure.ses.SesAutoConfiguration";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>(aws());
		if (environment.matchesProfiles(LOCAL_PROFILE)) {
			defaults.putAll(local());
		}
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
		preferSmtpWhenConfigured(environment);
	}

	/**
	 * Spring Cloud AWS's SES starter replaces Boot's SMTP mail sender even when an SMTP
	 * host is set. Where one is set (the local stack, tests), mail must reach it: SES
	 * steps aside.
	 */
	private static void preferSmtpWhenConfigured(ConfigurableEnvironment environment) {
		if (environment.getProperty("spring.mail.host") == null) {
			return;
		}
		String excluded = environment.getProperty(EXCLUDE, "");
		String merged = excluded.isBlank() ? SES_AUTO_CONFIGURATION : excluded + "," + SES_AUTO_CONFIGURATION;
		environment.getPropertySources()
			.addFirst(new MapPropertySource("platformMailTransport", Map.of(EXCLUDE, merged)));
	}

	private static Map<String, Object> aws() {
		// Cognito in AWS: set the issuer (or JWK set) URI per environment. The platform
		// carries traces over SQS itself (MessageTracing): Spring Cloud AWS's observation
		// would stamp the outbox relay's trace on events and would compete with it.
		return Map.of("spring.cloud.aws.sqs.queue-not-found-strategy", "fail", "spring.cloud.aws.region.static",
				"${AWS_REGION:us-east-1}", "spring.cloud.aws.sqs.observation-enabled", "false");
	}

	private static Map<String, Object> local() {
		String host = "http://127.0.0.1:";
		return Map.ofEntries(Map.entry("spring.cloud.aws.credentials.access-key", "local"),
				Map.entry("spring.cloud.aws.credentials.secret-key", "local-secret"),
				Map.entry("spring.cloud.aws.dynamodb.endpoint", host + "8000"),
				Map.entry("spring.cloud.aws.sqs.endpoint", host + "9324"),
				Map.entry("spring.cloud.aws.sns.endpoint", host + "9324"),
				Map.entry("spring.cloud.aws.s3.endpoint", host + "9090"),
				Map.entry("spring.cloud.aws.s3.path-style-access-enabled", "true"),
				Map.entry("spring.mail.host", "127.0.0.1"), Map.entry("spring.mail.port", "3025"),
				Map.entry("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", host + "9999/.well-known/jwks.json"),
				Map.entry("platform.resources.create-missing", "true"),
				Map.entry("spring.cloud.aws.sqs.queue-not-found-strategy", "create"));
	}

}
