package com.digitalbank.agent.assistant;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * One WireMock server playing banking, crm and the marketplace (their paths do not
 * overlap) with their real wire format, for the assistant's integration tests; each test
 * stubs the answers it needs ({@link ServiceAnswers}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServiceStubs {

	@Bean(destroyMethod = "stop")
	WireMockServer serviceStub() {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		return server;
	}

	@Bean
	DynamicPropertyRegistrar serviceUrls(WireMockServer serviceStub) {
		return registry -> {
			for (String group : new String[] { "banking", "crm", "marketplace" }) {
				registry.add("spring.http.serviceclient." + group + ".base-url", serviceStub::baseUrl);
			}
		};
	}

}
