package com.digitalbank.marketplace;

import com.digitalbank.platform.test.ServiceContractTests;

class MarketplaceApplicationIntegrationTests extends ServiceContractTests {

	@Override
	protected String protectedPath() {
		return "/v1/products";
	}

}
