package com.digitalbank.platform.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CorsPolicyTests {

	@Test
	void noOriginIsAllowedUnlessConfigured() {
		assertThat(CorsPolicy.allowedOrigins(new SecurityProperties.Cors(List.of()), new MockEnvironment())).isEmpty();
	}

	@Test
	void localProfileAllowsLocalhostOnAnyPort() {
		MockEnvironment local = new MockEnvironment();
		local.setActiveProfiles("local");

		assertThat(CorsPolicy.allowedOrigins(new SecurityProperties.Cors(List.of()), local))
			.containsExactly("http://localhost:*", "http://127.0.0.1:*");
	}

	@Test
	void configuredOriginsWinEverywhere() {
		MockEnvironment local = new MockEnvironment();
		local.setActiveProfiles("local");

		assertThat(CorsPolicy.allowedOrigins(new SecurityProperties.Cors(List.of("https://app.example")), local))
			.containsExactly("https://app.example");
	}

}
