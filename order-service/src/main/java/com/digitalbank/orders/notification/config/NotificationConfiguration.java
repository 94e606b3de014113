package com.digitalbank.orders.notification.config;

import com.digitalbank.orders.notification.MailProperties;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.platform.resources.BucketDeclaration;
import com.digitalbank.platform.resources.QueueDeclaration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One queue per e-mail kind, so a slow mail server for one never delays the other. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class NotificationConfiguration {

	@Bean
	QueueDeclaration internalNotificationQueue(PipelineProperties pipeline) {
		return QueueDeclaration.of(pipeline.queues().internalNotification())
			.withVisibilityTimeout(pipeline.mailVisibilityTimeout());
	}

	@Bean
	QueueDeclaration customerConfirmationQueue(PipelineProperties pipeline) {
		return QueueDeclaration.of(pipeline.queues().customerConfirmation())
			.withVisibilityTimeout(pipeline.mailVisibilityTimeout());
	}

	@Bean
	BucketDeclaration emailTemplatesBucket(MailProperties properties) {
		return new BucketDeclaration(properties.templatesBucket());
	}

}
