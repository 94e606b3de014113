package com.digitalbank.orders.notification.config;

import com.digitalbank.orders.notification.MailProperties;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.platform.resources.BucketDeclaration;
import com.digitalbank.platform.resources.QueueDeclaration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One queue per e-mail kind, so a slow mail server for one never delays the other. An
 * e-mail's claim must expire before its message's visibility timeout: a sender that dies
 * after claiming leaves the message to come back after that timeout, and if the claim
 * were still live then, the retry would take the e-mail for sent and the customer would
 * never get it. Start-up fails on a configuration that allows this.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class NotificationConfiguration {

	@Bean
	QueueDeclaration internalNotificationQueue(PipelineProperties pipeline, MailProperties mail) {
		return mailQueue(pipeline.queues().internalNotification(), pipeline, mail);
	}

	@Bean
	QueueDeclaration customerConfirmationQueue(PipelineProperties pipeline, MailProperties mail) {
		return mailQueue(pipeline.queues().customerConfirmation(), pipeline, mail);
	}

	static QueueDeclaration mailQueue(String name, PipelineProperties pipeline, MailProperties mail) {
		if (mail.claimTimeout().compareTo(pipeline.mailVisibilityTimeout()) >= 0) {
			throw new IllegalStateException("orders.mail.claim-timeout (" + mail.claimTimeout()
					+ ") must be shorter than orders.pipeline.mail-visibility-timeout ("
					+ pipeline.mailVisibilityTimeout() + "), or an e-mail whose sender died after claiming it "
					+ "is never sent");
		}
		return QueueDeclaration.of(name).withVisibilityTimeout(pipeline.mailVisibilityTimeout());
	}

	@Bean
	BucketDeclaration emailTemplatesBucket(MailProperties properties) {
		return new BucketDeclaration(properties.templatesBucket());
	}

}
