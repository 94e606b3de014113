package com.digitalbank.platform.testapp;

import java.util.Map;

import com.digitalbank.platform.externalid.ExternalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ids from outside in every place a client can put one, as Strings and typed. */
@RestController
@RequestMapping("/test")
class IdController {

	record Reference(@ExternalId String reference, AccountId account, @NotNull Integer quantity) {
	}

	@GetMapping("/ids/{id}")
	Map<String, String> byPath(@PathVariable @ExternalId String id) {
		return Map.of("id", id);
	}

	@GetMapping("/ids")
	Map<String, String> byQuery(@RequestParam @ExternalId String ref) {
		return Map.of("ref", ref);
	}

	@GetMapping("/accounts/{id}")
	Map<String, String> typedByPath(@PathVariable AccountId id) {
		return Map.of("id", id.value());
	}

	@GetMapping("/accounts")
	Map<String, String> typedByQuery(@RequestParam AccountId account) {
		return Map.of("account", account.value());
	}

	@PostMapping("/references")
	Reference inBody(@Valid @RequestBody Reference reference) {
		return reference;
	}

}
