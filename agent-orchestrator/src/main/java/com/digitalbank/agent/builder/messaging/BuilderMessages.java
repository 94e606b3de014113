package com.digitalbank.agent.builder.messaging;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.ProjectPipeline;
import com.digitalbank.agent.builder.ProjectPipeline.DevelopmentRequest;
import com.digitalbank.agent.builder.ProjectPipeline.StageRequest;
import com.digitalbank.platform.asyncapi.MessageDeclaration;
import com.digitalbank.platform.resources.QueueDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agents' queues (visibility sized for each step's slowest work) and the messages on
 * them, for the AsyncAPI document: the service sends and receives every one of them.
 */
@Configuration(proxyBeanMethods = false)
class BuilderMessages {

	@Bean
	QueueDeclaration pmQueue(BuilderProperties properties) {
		return QueueDeclaration.of(properties.queues().pm())
			.withVisibilityTimeout(properties.queues().pmVisibilityTimeout());
	}

	@Bean
	QueueDeclaration devQueue(BuilderProperties properties) {
		return QueueDeclaration.of(properties.queues().dev())
			.withVisibilityTimeout(properties.queues().devVisibilityTimeout());
	}

	@Bean
	QueueDeclaration qaQueue(BuilderProperties properties) {
		return QueueDeclaration.of(properties.queues().qa())
			.withVisibilityTimeout(properties.queues().qaVisibilityTimeout());
	}

	@Bean
	QueueDeclaration opsQueue(BuilderProperties properties) {
		return QueueDeclaration.of(properties.queues().ops())
			.withVisibilityTimeout(properties.queues().opsVisibilityTimeout());
	}

	@Bean
	MessageDeclaration planRequestedSent(BuilderProperties properties) {
		return MessageDeclaration.sends(properties.queues().pm(), ProjectPipeline.PLAN_REQUESTED, StageRequest.class);
	}

	@Bean
	MessageDeclaration planRequestedReceived(BuilderProperties properties) {
		return MessageDeclaration.receives(properties.queues().pm(), ProjectPipeline.PLAN_REQUESTED,
				StageRequest.class);
	}

	@Bean
	MessageDeclaration developmentRequestedSent(BuilderProperties properties) {
		return MessageDeclaration.sends(properties.queues().dev(), ProjectPipeline.DEVELOPMENT_REQUESTED,
				DevelopmentRequest.class);
	}

	@Bean
	MessageDeclaration developmentRequestedReceived(BuilderProperties properties) {
		return MessageDeclaration.receives(properties.queues().dev(), ProjectPipeline.DEVELOPMENT_REQUESTED,
				DevelopmentRequest.class);
	}

	@Bean
	MessageDeclaration qaRequestedSent(BuilderProperties properties) {
		return MessageDeclaration.sends(properties.queues().qa(), ProjectPipeline.QA_REQUESTED, StageRequest.class);
	}

	@Bean
	MessageDeclaration qaRequestedReceived(BuilderProperties properties) {
		return MessageDeclaration.receives(properties.queues().qa(), ProjectPipeline.QA_REQUESTED, StageRequest.class);
	}

	@Bean
	MessageDeclaration packagingRequestedSent(BuilderProperties properties) {
		return MessageDeclaration.sends(properties.queues().ops(), ProjectPipeline.PACKAGING_REQUESTED,
				StageRequest.class);
	}

	@Bean
	MessageDeclaration packagingRequestedReceived(BuilderProperties properties) {
		return MessageDeclaration.receives(properties.queues().ops(), ProjectPipeline.PACKAGING_REQUESTED,
				StageRequest.class);
	}

}
