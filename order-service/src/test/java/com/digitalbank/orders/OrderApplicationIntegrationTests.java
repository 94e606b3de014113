package com.digitalbank.orders;

import com.digitalbank.platform.test.ServiceContractTests;

class OrderApplicationIntegrationTests extends ServiceContractTests {

	@Override
	protected String protectedPath() {
		return "/v1.0/orders/any";
	}

}
