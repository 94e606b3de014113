package com.digitalbank.banking;

import com.digitalbank.platform.test.ServiceContractTests;

class BankingApplicationIntegrationTests extends ServiceContractTests {

	@Override
	protected String protectedPath() {
		return "/v1/accounts";
	}

}
