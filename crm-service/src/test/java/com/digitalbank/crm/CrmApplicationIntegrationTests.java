package com.digitalbank.crm;

import com.digitalbank.platform.test.ServiceContractTests;

class CrmApplicationIntegrationTests extends ServiceContractTests {

	@Override
	protected String protectedPath() {
		return "/v1/beneficiaries";
	}

}
