package com.digitalbank.platform.defaults;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.FormatterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How every service reads request values Spring MVC converts: instants in every common
 * ISO-8601 form ({@link IsoInstantFormatter}), also where a controller asks for
 * {@code @DateTimeFormat(iso = DATE_TIME)}, because a formatter added here is asked
 * first.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebDefaultsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "isoInstantWebMvcConfigurer")
	WebMvcConfigurer isoInstantWebMvcConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addFormatters(FormatterRegistry registry) {
				registry.addFormatterForFieldType(java.time.Instant.class, new IsoInstantFormatter());
			}
		};
	}

}
