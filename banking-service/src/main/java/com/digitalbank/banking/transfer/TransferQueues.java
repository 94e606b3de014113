package com.digitalbank.banking.transfer;

import com.digitalbank.platform.resources.QueueDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransferQueues {

	@Bean
	QueueDeclaration bankingEventsQueue(TransferProperties properties) {
		return QueueDeclaration.of(properties.eventsQueue());
	}

}
