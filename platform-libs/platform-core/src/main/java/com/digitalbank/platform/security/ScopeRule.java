package com.digitalbank.platform.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * A group of endpoints and the scope a token needs to call them, without the issuer's
 * prefix: {@code /v1/**} needs {@code banking}. {@code method} narrows the rule to one
 * HTTP method; without it, the rule applies to all.
 */
public record ScopeRule(List<String> paths, HttpMethod method, String scope) {

	public ScopeRule {
		if (paths == null || paths.isEmpty() || scope == null || scope.isBlank()) {
			throw new IllegalArgumentException("A scope rule needs paths and a scope");
		}
		paths = List.copyOf(paths);
	}

	/** The authority Spring Security derives from the token's scope claim. */
	String authority(String prefix) {
		return "SCOPE_" + prefix + scope;
	}

}
