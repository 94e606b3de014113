package com.digitalbank.orders.order.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.digitalbank.platform.correlation.CorrelationAutoConfiguration;
import com.digitalbank.platform.problem.ProblemAutoConfiguration;
import com.digitalbank.platform.security.PlatformSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A controller slice as the platform serves it, without AWS: the named controllers,
 * Spring MVC, validation and Jackson ({@link WebMvcTest}), plus the three platform
 * auto-configurations a request passes through before and after a controller, which a
 * slice does not load by itself: correlation ids, problem JSON for every failure, and the
 * JWT resource server with {@code CurrentUser}. The application service is a
 * {@code @MockitoBean} in each test.
 * <p>
 * Left out on purpose: idempotency, which needs DynamoDB (its auto-configuration waits
 * for a {@code DynamoDbClient}, so it stays off here; the integration tests and the
 * platform's own tests cover it), and token decoding: requests authenticate with
 * {@code SecurityMockMvcRequestPostProcessors.jwt()}, and any bearer token is refused, so
 * a test cannot pass by accident on a real token. Copy this annotation for the
 * controllers of another service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@ImportAutoConfiguration({ CorrelationAutoConfiguration.class, ProblemAutoConfiguration.class,
		PlatformSecurityAutoConfiguration.class })
@Import(OrderWebMvcTest.NoBearerTokens.class)
@ActiveProfiles("test")
@interface OrderWebMvcTest {

	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

	/** The resource server needs a decoder; this one never accepts a token. */
	@TestConfiguration(proxyBeanMethods = false)
	class NoBearerTokens {

		@Bean
		JwtDecoder jwtDecoder() {
			return token -> {
				throw new BadJwtException("Controller slices authenticate with jwt(), not with a bearer token");
			};
		}

	}

}
