package com.digitalbank.platform.idempotency;

import java.time.Clock;

import com.digitalbank.platform.problem.ProblemAutoConfiguration;
import com.digitalbank.platform.problem.ProblemResponseWriter;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The idempotency table, its store, and the filter and interceptor that apply it to
 * POSTs. Singletons step aside for a service's own bean of their type; the table, filter
 * and interceptor, of which an application has many, for a bean of the same name.
 */
@AutoConfiguration(after = { DynamoDbAutoConfiguration.class, ProblemAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(DynamoDbClient.class)
@ConditionalOnBooleanProperty(name = "platform.idempotency.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "idempotencyTable")
	TableDeclaration idempotencyTable(IdempotencyProperties properties) {
		return TableDeclaration.of(properties.table(), KeyAttribute.string(IdempotencyStore.ID))
			.withTimeToLive("expiresAt");
	}

	@Bean
	@ConditionalOnMissingBean
	IdempotencyStore idempotencyStore(DynamoDbClient dynamoDb, IdempotencyProperties properties) {
		return new IdempotencyStore(dynamoDb, properties, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	IdempotentAnswers idempotentAnswers(ProblemResponseWriter writer, ObjectProvider<DispatcherServlet> dispatcher) {
		return new IdempotentAnswers(writer, dispatcher);
	}

	@Bean
	@ConditionalOnMissingBean(name = "idempotencyFilter")
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, IdempotentAnswers answers,
			ProblemResponseWriter writer) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(store, answers, writer));
		// After Spring Security (order -100), which tells whose key this is.
		registration.setOrder(0);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean(name = "idempotencyInterceptor")
	WebMvcConfigurer idempotencyInterceptor(IdempotencyStore store, IdempotentAnswers answers) {
		IdempotencyInterceptor interceptor = new IdempotencyInterceptor(store, answers);
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(interceptor);
			}
		};
	}

}
