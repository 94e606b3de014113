package com.digitalbank.platform.test;

import com.digitalbank.localstack.DevIdentityProvider;

/** Signed JWTs from the local stack's dev issuer, for any user and tenant. */
public final class TestTokens {

	private TestTokens() {
	}

	public static String forUser(String userId) {
		return forUser(userId, null);
	}

	public static String forUser(String userId, String tenantId) {
		return LocalStackExtension.stack().identity().mint(userId, tenantId, DevIdentityProvider.DEFAULT_SCOPES);
	}

	/** The value of an {@code Authorization} header. */
	public static String bearer(String userId, String tenantId) {
		return "Bearer " + forUser(userId, tenantId);
	}

}
