package com.digitalbank.agent;

import com.digitalbank.platform.test.ServiceContractTests;

class AgentOrchestratorApplicationIntegrationTests extends ServiceContractTests {

	@Override
	protected String protectedPath() {
		return "/v1/chat/sessions";
	}

}
