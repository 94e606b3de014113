package com.digitalbank.agent.assistant.client;

import com.digitalbank.platform.security.BearerTokenForwarding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The three services' clients, one group each of Boot's HTTP service registry; every call
 * forwards the user's token, so each service applies the user's own scopes and ownership.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = AssistantClients.BANKING, types = BankingApi.class)
@ImportHttpServices(group = AssistantClients.CRM, types = CrmApi.class)
@ImportHttpServices(group = AssistantClients.MARKETPLACE, types = MarketplaceApi.class)
class AssistantClients {

	static final String BANKING = "banking";

	static final String CRM = "crm";

	static final String MARKETPLACE = "marketplace";

	@Bean
	RestClientHttpServiceGroupConfigurer userToken() {
		return groups -> groups.filterByName(BANKING, CRM, MARKETPLACE)
			.forEachClient((group, client) -> client.requestInterceptor(new BearerTokenForwarding()));
	}

}
