package com.digitalbank.orders;

import com.digitalbank.platform.test.ServiceContractTests;
import org.springframework.test.context.ActiveProfiles;

// The test profile keeps this class on the same cached context as the other integration tests.
@ActiveProfiles("test")
class OrderApplicationIntegrationTests extends ServiceContractTests {

	@Override
	protected String protectedPath() {
		return "/v1.0/orders/any";
	}

}
