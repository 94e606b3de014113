package com.digitalbank.platform.aws;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service shares, added with the lowest precedence so that a service's
 * {@code application.yml}, the environment or a system property can override any of them.
 * The {@code local} profile adds the stand-in endpoints of the local AWS stack on their
 * documented ports.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String LOCAL_PROFILE = "local";

	private static final String EXCLUDE = "spring.autoconfigure.exclude";

	private static final String SES_AUTO_CONFIGURATION = "io.awspring.cloud.autoconfigure.ses.SesAutoConfiguration";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>(common());
		if (environment.matchesProfiles(LOCAL_PROFILE)) {
			defaults.putAll(local());
		}
		environment.getPropertySources().addLast(new MapPropertySource("platformDefaults", defaults));
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

	private static Map<String, Object> common() {
		return Map.ofEntries(Map.entry("logging.structured.format.console", "logstash"),
				Map.entry("logging.structured.json.customizer",
						"com.digitalbank.platform.logging.PiiMaskingJsonMembersCustomizer"),
				Map.entry("spring.threads.virtual.enabled", "true"), Map.entry("server.shutdown", "graceful"),
				Map.entry("spring.lifecycle.timeout-per-shutdown-phase", "20s"),
				Map.entry("spring.mvc.problemdetails.enabled", "false"),
				Map.entry("spring.jackson.default-property-inclusion", "non_null"),
				// Money must stay exact even where JSON is read into trees first (event
				// envelopes).
				Map.entry("spring.jackson.deserialization.use-big-decimal-for-floats", "true"),
				Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
				Map.entry("management.endpoint.health.probes.enabled", "true"),
				Map.entry("management.endpoint.health.show-details", "never"),
				Map.entry("management.observations.key-values.application", "${spring.application.name}"),
				Map.entry("springdoc.swagger-ui.persist-authorization", "true"),
				Map.entry("springdoc.swagger-ui.try-it-out-enabled", "true"),
				Map.entry("spring.cloud.aws.sqs.queue-not-found-strategy", "fail"),
				// Cognito in AWS: set the issuer (or JWK set) URI per environment.
				Map.entry("spring.cloud.aws.region.static", "${AWS_REGION:us-east-1}"));
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
