package com.digitalbank.platform.security;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Who is calling, from the token's claims: {@code sub}, {@code tenant_id}, {@code scope}
 * and {@code email} (null when the token has none). Declare it as a controller method
 * parameter to receive it. {@code token} is the raw bearer token, kept to call other
 * services on the user's behalf; it is never serialized or printed.
 */
public record CurrentUser(String userId, String tenantId, Set<String> scopes, String email, @JsonIgnore String token) {

	public CurrentUser {
		scopes = Set.copyOf(scopes);
	}

	public boolean hasScope(String scope) {
		return scopes.contains(scope);
	}

	/** Never print the raw token. */
	@Override
	public String toString() {
		return "CurrentUser[userId=" + userId + ", tenantId=" + tenantId + ", scopes=" + scopes + "]";
	}

}
