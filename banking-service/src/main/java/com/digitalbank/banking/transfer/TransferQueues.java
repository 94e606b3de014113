package com.digitalbank.banking.transfer;

import com.digitalbank.platform.resources.QueueDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransferQueues {

	/** Where TRANSFER_COMPLETED goes for whoever needs to know (notifications, analytics). */
	@Bean
	QueueDeclaration bankingEventsQueue() {
		return QueueDeclaration.of(TransferManagement.EVENTS_QUEUE);
	}

}
