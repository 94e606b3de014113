package com.digitalbank.banking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.digitalbank.platform.correlation.CorrelationAutoConfiguration;
import com.digitalbank.platform.problem.ProblemAutoConfiguration;
import com.digitalbank.platform.security.PlatformSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A controller slice that answers as the service does: {@code @WebMvcTest} plus the
 * platform's web behaviour a client sees, which a plain slice would not load because it
 * comes from auto-configurations outside Spring Boot's slice list: problem JSON with its
 * {@code code} and {@code correlationId} (including validation and 401), the correlation
 * filter, and the OAuth2 resource server with the {@code CurrentUser} argument. Mock the
 * controller's application service with {@code @MockitoBean} and call it with
 * {@code MockMvcTester}, as {@link Callers#user} for an authenticated caller. Fast: no
 * local stack, no AWS client, no server. A new service copies this file and
 * {@link Callers}.
 * <p>
 * What it leaves out, on purpose:
 * <ul>
 * <li>Token decoding: {@link Callers#user} puts an authenticated JWT on the request
 * (spring-security-test's {@code jwt()}), so nothing is signed or decoded. The mock
 * {@link JwtDecoder} exists only so that the resource server's filter chain can be built
 * (in the service, the issuer's JWK set provides one); a request without a caller still
 * meets the real entry point and gets the 401 problem.</li>
 * <li>Idempotency: its filter needs DynamoDB, and its auto-configuration backs off
 * without a {@code DynamoDbClient}. Replay, reuse and in-progress are tested by
 * platform-core and by the service's integration tests; here a handler that requires an
 * {@code Idempotency-Key} header only checks that it is there.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@ImportAutoConfiguration({ CorrelationAutoConfiguration.class, ProblemAutoConfiguration.class,
		PlatformSecurityAutoConfiguration.class })
@MockitoBean(types = JwtDecoder.class)
public @interface PlatformWebMvcTest {

	/** The controllers under test; all of them when empty. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
