package com.digitalbank.platform.test;

import com.digitalbank.localstack.DevIdentityProvider;

/** Signed JWTs from the local stack's dev issuer, for any user, tenant and scopes. */
public final class TestTokens {

	/**
	 * Every scope a service requires: the user scopes the dev issuer mints by default,
	 * the service-to-service {@code payments:write} and the operators' {@code ops}.
	 */
	public static final String ALL_SCOPES = DevIdentityProvider.DEFAULT_SCOPES + " payments:write ops";

	private TestTokens() {
	}

	public static String forUser(String userId) {
		return forUser(userId, null);
	}

	/** A token with {@link #ALL_SCOPES}, so a test reaches every endpoint. */
	public static String forUser(String userId, String tenantId) {
		return withScopes(userId, tenantId, ALL_SCOPES);
	}

	/** A token with only these space-separated scopes. */
	public static String withScopes(String userId, String tenantId, String scopes) {
		return LocalStackExtension.stack().identity().mint(userId, tenantId, scopes);
	}

	/** The value of an {@code Authorization} header. */
	public static String bearer(String userId, String tenantId) {
		return "Bearer " + forUser(userId, tenantId);
	}

}
