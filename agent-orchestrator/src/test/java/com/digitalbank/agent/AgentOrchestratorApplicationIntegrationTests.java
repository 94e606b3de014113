package com.digitalbank.agent;

import com.digitalbank.agent.builder.ScriptedModel;
import com.digitalbank.platform.test.ServiceContractTests;
import org.springframework.context.annotation.Import;

// The import keeps this class on the same cached context as the other integration tests.
@Import(ScriptedModel.class)
class AgentOrchestratorApplicationIntegrationTests extends ServiceContractTests {

	@Override
	protected String protectedPath() {
		return "/v1/projects";
	}

}
