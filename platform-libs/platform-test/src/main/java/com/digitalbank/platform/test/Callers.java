package com.digitalbank.platform.test;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * Who calls in a {@link PlatformWebMvcTest}: an authenticated JWT with the claims
 * {@code CurrentUser} is read from, in place without a signature, with every scope a
 * service requires.
 */
public final class Callers {

	public static final String TENANT = "acme";

	private Callers() {
	}

	public static JwtRequestPostProcessor user(String userId) {
		return SecurityMockMvcRequestPostProcessors.jwt()
			.jwt(jwt -> jwt.subject(userId).claim("tenant_id", TENANT).claim("scope", TestTokens.ALL_SCOPES));
	}

}
