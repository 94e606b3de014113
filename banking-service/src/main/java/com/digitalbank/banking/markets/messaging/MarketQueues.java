package com.digitalbank.banking.markets.messaging;

import com.digitalbank.banking.markets.AlertChannel;
import com.digitalbank.banking.markets.MarketProperties;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.resources.QueueDeclaration;
import io.awspring.cloud.sns.core.SnsTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The market-data queue, and the alert channel chosen by
 * {@code banking.markets.alert-channel}.
 */
@Configuration(proxyBeanMethods = false)
class MarketQueues {

	@Bean
	QueueDeclaration marketDataQueue(MarketProperties properties) {
		return QueueDeclaration.of(properties.dataQueue()).withVisibilityTimeout(properties.visibilityTimeout());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "banking.markets.alert-channel", havingValue = "sqs", matchIfMissing = true)
	static class SqsChannel {

		@Bean
		QueueDeclaration marketAlertsQueue(MarketProperties properties) {
			return QueueDeclaration.of(properties.alertQueue());
		}

		@Bean
		AlertChannel sqsAlertChannel(EventPublisher events, MarketProperties properties) {
			return new SqsAlertChannel(events, properties.alertQueue());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "banking.markets.alert-channel", havingValue = "sns")
	static class SnsChannel {

		@Bean
		AlertChannel snsAlertChannel(SnsTemplate sns, MarketProperties properties) {
			return new SnsAlertChannel(sns, properties.alertTopicArn());
		}

	}

}
