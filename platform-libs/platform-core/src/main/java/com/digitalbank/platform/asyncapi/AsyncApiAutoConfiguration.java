package com.digitalbank.platform.asyncapi;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.digitalbank.platform.security.PublicPaths;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The AsyncAPI document of the service's queues, served open at {@code /asyncapi} and
 * linked from the OpenAPI description; {@code platform.asyncapi.enabled=false} turns all
 * of it off.
 */
@AutoConfiguration
@ConditionalOnClass(AsyncAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "platform.asyncapi.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AsyncApiProperties.class)
public class AsyncApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AsyncApiController asyncApiController(AsyncApiProperties properties,
			@Value("${spring.application.name:service}") String applicationName,
			ObjectProvider<QueueDeclaration> queues, ObjectProvider<MessageDeclaration> messages) {
		return new AsyncApiController(properties, applicationName, queues, messages);
	}

	/**
	 * The document and its page are read before anyone has a token, like the OpenAPI
	 * document and Swagger UI.
	 */
	@Bean
	@ConditionalOnMissingBean(name = "asyncApiPublicPaths")
	PublicPaths asyncApiPublicPaths() {
		return PublicPaths.of(AsyncApiController.PATH, AsyncApiController.PAGE, "/asyncapi-ui/**");
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(OpenApiCustomizer.class)
	static class OpenApiLinkConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AsyncApiLink asyncApiLink() {
			return new AsyncApiLink();
		}

	}

}
