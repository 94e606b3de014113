package com.digitalbank.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem JSON for every failure of a servlet web application. With
 * {@code platform.problem.enabled=false} the handler, the error page and the size limit
 * step aside; the {@link ProblemResponseWriter} stays, because security and idempotency
 * write their refusals with it.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class, after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ProblemProperties.class)
public class ProblemAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemResponseWriter problemResponseWriter(JsonMapper jsonMapper) {
		return new ProblemResponseWriter(jsonMapper);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "platform.problem.enabled", matchIfMissing = true)
	static class ProblemResponses {

		@Bean
		@ConditionalOnMissingBean
		ProblemExceptionHandler problemExceptionHandler() {
			return new ProblemExceptionHandler();
		}

		@Bean
		@ConditionalOnMissingBean(ErrorController.class)
		ProblemErrorController problemErrorController() {
			return new ProblemErrorController();
		}

		@Bean
		@ConditionalOnMissingBean(name = "requestSizeLimitFilter")
		FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ProblemProperties properties,
				ProblemResponseWriter writer) {
			FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
					new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), writer));
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
			return registration;
		}

		@Bean
		@ConditionalOnClass(Tomcat.class)
		@ConditionalOnMissingBean
		ProblemErrorPages problemErrorPages(ProblemResponseWriter writer) {
			return new ProblemErrorPages(writer);
		}

	}

}
