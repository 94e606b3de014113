package com.digitalbank.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A controller slice that answers as the service does: {@code @WebMvcTest}, into which
 * platform-core adds the web behaviour a client sees (its
 * {@code AutoConfigureWebMvc.imports}): problem JSON with its {@code code} and
 * {@code correlationId} for every failure including validation and 401, the correlation
 * filter, and the OAuth2 resource server with the {@code CurrentUser} argument. Mock the
 * controller's application service with {@code @MockitoBean} and call it with
 * {@code MockMvcTester} as {@link Callers#user}. Fast: no local stack, no AWS client, no
 * server.
 * <p>
 * Left out on purpose:
 * <ul>
 * <li>Token decoding: {@link Callers} puts an authenticated JWT on the request
 * (spring-security-test's {@code jwt()}), nothing is signed or decoded, and any bearer
 * token is refused, so a test cannot pass on a real token by accident. A request without
 * a caller meets the real entry point and gets the 401 problem.</li>
 * <li>Idempotency: it needs DynamoDB and backs off without a {@code DynamoDbClient}.
 * Replay, reuse and in-progress are tested by platform-core and by each service's
 * integration tests; here a handler that requires an {@code Idempotency-Key} header only
 * checks that it is there.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(PlatformWebMvcTest.NoBearerTokens.class)
public @interface PlatformWebMvcTest {

	/** The controllers under test; all of them when empty. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

	/** The resource server needs a decoder; this one never accepts a token. */
	@TestConfiguration(proxyBeanMethods = false)
	class NoBearerTokens {

		@Bean
		JwtDecoder jwtDecoder() {
			return token -> {
				throw new BadJwtException("Controller slices authenticate with Callers (jwt()), not a bearer token");
			};
		}

	}

}
