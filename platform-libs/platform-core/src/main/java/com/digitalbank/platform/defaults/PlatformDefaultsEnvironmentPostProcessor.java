package com.digitalbank.platform.defaults;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service shares whatever it runs on (JSON logs with masking, virtual
 * threads, graceful shutdown, exact JSON numbers, actuator exposure, tracing), added with
 * the lowest precedence so that a service's {@code application.yml}, the environment or a
 * system property can override any of them.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "platformDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults()));
	}

	private static Map<String, Object> defaults() {
		return Map.ofEntries(Map.entry("logging.structured.format.console", "logstash"),
				Map.entry("logging.structured.json.customizer",
						"com.digitalbank.platform.logging.PiiMaskingJsonMembersCustomizer"),
				Map.entry("spring.threads.virtual.enabled", "true"), Map.entry("server.shutdown", "graceful"),
				Map.entry("spring.lifecycle.timeout-per-shutdown-phase", "20s"),
				// The platform's problem handler answers every error; Spring MVC's own
				// would bypass it.
				Map.entry("spring.mvc.problemdetails.enabled", "false"),
				Map.entry("spring.jackson.default-property-inclusion", "non_null"),
				// Money must stay exact even where JSON is read into trees first (event
				// envelopes).
				Map.entry("spring.jackson.deserialization.use-big-decimal-for-floats", "true"),
				Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus,queues"),
				Map.entry("management.endpoint.health.probes.enabled", "true"),
				Map.entry("management.endpoint.health.show-details", "never"),
				Map.entry("management.observations.key-values.application", "${spring.application.name}"),
				// Every request gets a trace id in its log lines whatever the rate; the
				// rate decides how many traces reach a collector once one is configured
				// (management.opentelemetry.tracing.export.otlp.endpoint). Nothing is
				// exported without it.
				Map.entry("management.tracing.sampling.probability", "1.0"));
	}

}
