package com.digitalbank.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service declares about who may call it: paths it opens beyond health, docs and
 * OpenAPI (a web page, for example), the scope each group of endpoints requires (first
 * matching rule wins; paths no rule matches need only a valid token), the prefix the
 * issuer puts before scope names (Cognito's {@code identifier/}), and the browser origins
 * allowed to call it.
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(@DefaultValue List<String> publicPaths, String scopePrefix,
		@DefaultValue List<ScopeRule> scopes, @DefaultValue Cors cors) {

	public SecurityProperties {
		publicPaths = List.copyOf(publicPaths);
		scopePrefix = (scopePrefix != null) ? scopePrefix : "";
		scopes = List.copyOf(scopes);
	}

	/**
	 * Browser origins (patterns such as {@code http://localhost:*}) allowed to call the
	 * service. None by default; the {@code local} profile allows {@code localhost} on any
	 * port when none are set.
	 */
	public record Cors(@DefaultValue List<String> allowedOrigins) {

		public Cors {
			allowedOrigins = List.copyOf(allowedOrigins);
		}

	}

}
