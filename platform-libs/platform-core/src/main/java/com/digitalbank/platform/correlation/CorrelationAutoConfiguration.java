package com.digitalbank.platform.correlation;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Correlation ids in, through the MDC, and out on {@code RestClient} calls. Filters and
 * customizers are many per application, so each bean steps aside for a bean of the same
 * name rather than for any bean of its type.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "platform.correlation.enabled", matchIfMissing = true)
public class CorrelationAutoConfiguration {

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnMissingBean(name = "correlationIdFilter")
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		// Before security, so that a 401 carries the id too.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean(name = "correlationIdRestClientCustomizer")
	RestClientCustomizer correlationIdRestClientCustomizer() {
		return builder -> builder.requestInterceptor(new CorrelationIdInterceptor());
	}

}
