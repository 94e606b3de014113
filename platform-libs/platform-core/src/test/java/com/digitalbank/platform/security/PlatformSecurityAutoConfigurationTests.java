package com.digitalbank.platform.security;

import com.digitalbank.platform.problem.ProblemAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSecurityAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WebMvcAutoConfiguration.class,
				ProblemAutoConfiguration.class, PlatformSecurityAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				OAuth2ResourceServerAutoConfiguration.class))
		.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/jwks");

	@Test
	void aStatelessResourceServerAndTheCurrentUserResolver() {
		runner.run(context -> assertThat(context).hasNotFailed()
			.hasBean("platformSecurityFilterChain")
			.hasBean("currentUserWebMvcConfigurer"));
	}

	@Test
	void aServicesOwnBeansWin() {
		WebMvcConfigurer resolver = new WebMvcConfigurer() {
		};

		runner.withUserConfiguration(OwnChain.class)
			.withBean("currentUserWebMvcConfigurer", WebMvcConfigurer.class, () -> resolver)
			.run(context -> {
				assertThat(context).doesNotHaveBean("platformSecurityFilterChain");
				assertThat(context).getBean(SecurityFilterChain.class).isSameAs(context.getBean("ownChain"));
				assertThat(context.getBean("currentUserWebMvcConfigurer")).isSameAs(resolver);
			});
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.security.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean("platformSecurityFilterChain")
				.doesNotHaveBean("currentUserWebMvcConfigurer"));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChain {

		@Bean
		SecurityFilterChain ownChain(HttpSecurity http) throws Exception {
			return http.build();
		}

	}

}
