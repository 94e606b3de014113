package com.digitalbank.banking.markets.messaging;

import com.digitalbank.banking.markets.MarketAlert;
import com.digitalbank.banking.markets.MarketProperties;
import com.digitalbank.platform.asyncapi.MessageDeclaration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the markets feature reads and writes, for the service's AsyncAPI document: ticks
 * as the feed sends them (no envelope), and, where alerts go to SQS, the alert events.
 * The SNS topic used in AWS instead is not a queue and is not in the document.
 */
@Configuration(proxyBeanMethods = false)
class MarketMessages {

	static final String TICK = "MARKET_TICK";

	@Bean
	MessageDeclaration marketTickMessage(MarketProperties properties) {
		return MessageDeclaration.receives(properties.dataQueue(), TICK, TickMessage.class).withoutEnvelope();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "banking.markets.alert-channel", havingValue = "sqs", matchIfMissing = true)
	static class SqsAlerts {

		@Bean
		MessageDeclaration marketAlertMessage(MarketProperties properties) {
			return MessageDeclaration.sends(properties.alertQueue(), SqsAlertChannel.EVENT_TYPE, MarketAlert.class);
		}

	}

}
