package com.digitalbank.agent.builder.config;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.TemplateCatalogue;
import com.digitalbank.agent.builder.persistence.TemplateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Enables the builder's properties and, once the service is ready, copies the templates
 * into the table off the start-up path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BuilderProperties.class)
class BuilderConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BuilderConfiguration.class);

	private final TemplateStore templates;

	BuilderConfiguration(TemplateStore templates) {
		this.templates = templates;
	}

	@EventListener(ApplicationReadyEvent.class)
	void copyTemplates() {
		Thread.startVirtualThread(() -> {
			try {
				TemplateCatalogue.all().forEach(templates::put);
			}
			catch (RuntimeException ex) {
				log.warn("Templates not copied to the table; the API serves them from code anyway", ex);
			}
		});
	}

}
