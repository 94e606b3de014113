package com.digitalbank.banking.transfer;

import com.digitalbank.platform.asyncapi.MessageDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the transfer feature puts on its queues, for the service's AsyncAPI document. */
@Configuration(proxyBeanMethods = false)
class TransferMessages {

	@Bean
	MessageDeclaration transferCompletedMessage(TransferProperties properties) {
		return MessageDeclaration.sends(properties.eventsQueue(), TransferCompleted.TYPE, TransferCompleted.class);
	}

}
