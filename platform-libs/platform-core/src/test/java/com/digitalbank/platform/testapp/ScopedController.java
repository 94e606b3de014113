package com.digitalbank.platform.testapp;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints the test application's configuration puts behind scopes. */
@RestController
class ScopedController {

	@GetMapping("/test/scoped/accounts")
	Map<String, String> accounts() {
		return Map.of("ok", "true");
	}

	@PostMapping("/test/scoped/payments")
	Map<String, String> pay() {
		return Map.of("paid", "true");
	}

	@GetMapping("/test/scoped/payments")
	Map<String, String> payments() {
		return Map.of("ok", "true");
	}

}
