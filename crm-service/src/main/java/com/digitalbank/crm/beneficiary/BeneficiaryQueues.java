package com.digitalbank.crm.beneficiary;

import com.digitalbank.platform.resources.QueueDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BeneficiaryQueues {

	@Bean
	QueueDeclaration crmEventsQueue(BeneficiaryProperties properties) {
		return QueueDeclaration.of(properties.eventsQueue());
	}

}
