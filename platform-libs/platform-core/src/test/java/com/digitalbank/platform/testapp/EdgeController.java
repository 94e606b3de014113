package com.digitalbank.platform.testapp;

import java.time.Instant;
import java.util.Map;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Request values at the edges: ids echoed in messages, headers, instants. */
@RestController
@RequestMapping("/test")
class EdgeController {

	@GetMapping("/orders/{id}")
	Map<String, String> order(@PathVariable String id) {
		throw new BusinessException(ErrorKind.NOT_FOUND, "ORDER_NOT_FOUND", "Order " + id + " was not found.");
	}

	@GetMapping("/keyed")
	Map<String, String> keyed(@RequestHeader("Idempotency-Key") String key) {
		return Map.of("key", key);
	}

	@GetMapping("/instants")
	Map<String, Instant> instants(@RequestParam Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		return to != null ? Map.of("from", from, "to", to) : Map.of("from", from);
	}

}
