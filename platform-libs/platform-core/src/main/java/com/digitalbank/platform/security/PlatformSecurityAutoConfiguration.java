package com.digitalbank.platform.security;

import java.util.ArrayList;
import java.util.List;

import com.digitalbank.platform.problem.ProblemAutoConfiguration;
import com.digitalbank.platform.problem.ProblemResponseWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A stateless OAuth2 resource server: JWTs only, no sessions, no CSRF (no cookies to
 * forge); health, metrics scraping, the error page and every {@link PublicPaths} bean
 * (OpenAPI and Swagger UI) open; the other actuator endpoints need the {@code ops} scope.
 * Each group of endpoints requires the scope the service declares for it
 * ({@link ScopeRule}), and browsers from the allowed origins may call it
 * ({@link CorsPolicy}).
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
		OAuth2ResourceServerAutoConfiguration.class }, after = ProblemAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "platform.security.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

	static final List<String> OPEN_PATHS = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/error");

	/**
	 * Every other actuator endpoint is for operators (the dead-letter queues, for
	 * example), in every service, ahead of the service's own rules.
	 */
	static final ScopeRule OPERATOR_RULE = new ScopeRule(List.of("/actuator", "/actuator/**"), null, "ops");

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
			ObjectProvider<PublicPaths> publicPaths, ProblemResponseWriter writer, Environment environment)
			throws Exception {
		ProblemAuthenticationHandlers handlers = new ProblemAuthenticationHandlers(writer);
		List<String> open = new ArrayList<>(OPEN_PATHS);
		publicPaths.orderedStream().forEach(paths -> open.addAll(paths.patterns()));
		open.addAll(properties.publicPaths());
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(open.toArray(String[]::new)).permitAll();
			requests.requestMatchers(OPERATOR_RULE.paths().toArray(String[]::new))
				.hasAuthority(OPERATOR_RULE.authority(properties.scopePrefix()));
			for (ScopeRule rule : properties.scopes()) {
				requests.requestMatchers(rule.method(), rule.paths().toArray(String[]::new))
					.hasAuthority(rule.authority(properties.scopePrefix()));
			}
			requests.anyRequest().authenticated();
		})
			.cors(cors -> cors.disable())
			.addFilterAt(CorsPolicy.filter(properties.cors(), environment, writer), CorsFilter.class)
			.oauth2ResourceServer(oauth2 -> oauth2.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	@ConditionalOnMissingBean(name = "currentUserWebMvcConfigurer")
	WebMvcConfigurer currentUserWebMvcConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentUserArgumentResolver());
			}
		};
	}

}
