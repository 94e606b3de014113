package com.digitalbank.marketplace.bank.client;

import com.digitalbank.platform.security.BearerTokenForwarding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.support.OAuth2RestClientHttpServiceGroupConfigurer;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * Banking's two clients, each a group of Boot's HTTP service registry with its base URL
 * and timeouts under {@code spring.http.serviceclient.<group>}: payments as the
 * marketplace (a client-credentials token fetched and renewed by Spring Security, usable
 * from a queue listener hours after the buyer left), accounts as the buyer.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = BankClients.PAYMENTS, types = PaymentsApi.class)
@ImportHttpServices(group = BankClients.ACCOUNTS, types = AccountsApi.class)
class BankClients {

	static final String PAYMENTS = "banking-payments";

	static final String ACCOUNTS = "banking-accounts";

	/** Works outside any HTTP request, as the saga's listener needs. */
	@Bean
	AuthorizedClientServiceOAuth2AuthorizedClientManager authorizedClientManager(
			ClientRegistrationRepository registrations, OAuth2AuthorizedClientService clients) {
		return new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
	}

	@Bean
	OAuth2RestClientHttpServiceGroupConfigurer clientCredentials(
			AuthorizedClientServiceOAuth2AuthorizedClientManager manager) {
		return OAuth2RestClientHttpServiceGroupConfigurer.from(manager);
	}

	@Bean
	RestClientHttpServiceGroupConfigurer buyerToken() {
		return groups -> groups.filterByName(ACCOUNTS)
			.forEachClient((group, client) -> client.requestInterceptor(new BearerTokenForwarding()));
	}

}
