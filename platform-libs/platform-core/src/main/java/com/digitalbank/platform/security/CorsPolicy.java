package com.digitalbank.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which browser origins may call the service. A preflight is answered before
 * authentication (a browser sends it without the token); a request from an origin not
 * allowed is refused with 403. Credentials are not allowed: the token travels in the
 * {@code Authorization} header, never in a cookie.
 */
final class CorsPolicy {

	static final List<String> LOCAL_ORIGINS = List.of("http://localhost:*", "http://127.0.0.1:*");

	static final List<String> EXPOSED_HEADERS = List.of("Location", "ETag", "X-Correlation-Id", "Idempotent-Replayed");

	private CorsPolicy() {
	}

	static CorsConfigurationSource source(SecurityProperties.Cors cors, Environment environment) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOriginPatterns(allowedOrigins(cors, environment));
		configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		configuration.setAllowedHeaders(List.of(CorsConfiguration.ALL));
		configuration.setExposedHeaders(EXPOSED_HEADERS);
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

	static List<String> allowedOrigins(SecurityProperties.Cors cors, Environment environment) {
		if (cors.allowedOrigins().isEmpty() && environment.matchesProfiles("local")) {
			return LOCAL_ORIGINS;
		}
		return cors.allowedOrigins();
	}

}
