package com.digitalbank.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.digitalbank.platform.problem.ProblemCodes;
import com.digitalbank.platform.problem.ProblemResponseWriter;
import com.digitalbank.platform.problem.Problems;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Which browser origins may call the service. A preflight is answered before
 * authentication (a browser sends it without the token); a request from an origin not
 * allowed is refused with 403 problem JSON. Credentials are not allowed: the token
 * travels in the {@code Authorization} header, never in a cookie.
 */
final class CorsPolicy {

	static final List<String> LOCAL_ORIGINS = List.of("http://localhost:*", "http://127.0.0.1:*");

	static final List<String> EXPOSED_HEADERS = List.of("Location", "ETag", "X-Correlation-Id", "Idempotent-Replayed");

	private CorsPolicy() {
	}

	/** A CORS filter that refuses another origin with problem JSON. */
	static CorsFilter filter(SecurityProperties.Cors cors, Environment environment, ProblemResponseWriter writer) {
		CorsFilter filter = new CorsFilter(source(cors, environment));
		filter.setCorsProcessor(new ProblemCorsProcessor(writer));
		return filter;
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

	private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

		private final ProblemResponseWriter writer;

		ProblemCorsProcessor(ProblemResponseWriter writer) {
			this.writer = writer;
		}

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			writer.write(((ServletServerHttpResponse) response).getServletResponse(), Problems.of(HttpStatus.FORBIDDEN,
					ProblemCodes.FORBIDDEN, "This origin may not call the service from a browser."));
		}

	}

	static List<String> allowedOrigins(SecurityProperties.Cors cors, Environment environment) {
		if (cors.allowedOrigins().isEmpty() && environment.matchesProfiles("local")) {
			return LOCAL_ORIGINS;
		}
		return cors.allowedOrigins();
	}

}
