package com.digitalbank.platform.testapp;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.platform.correlation.CorrelationId;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import com.digitalbank.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/test")
class TestController {

	private static final Logger log = LoggerFactory.getLogger(TestController.class);

	private final Recorder recorder;

	private final EventPublisher publisher;

	TestController(Recorder recorder, EventPublisher publisher) {
		this.recorder = recorder;
		this.publisher = publisher;
	}

	record TransferRequest(@NotBlank String fromAccountId, @NotNull @Positive BigDecimal amount, String description) {
	}

	@PostMapping("/transfers")
	ResponseEntity<Map<String, Object>> transfer(@Valid @RequestBody TransferRequest request) throws Exception {
		recorder.transfersExecuted.incrementAndGet();
		// Long enough that concurrent duplicates arrive while this one is still running.
		Thread.sleep(300);
		if ("explode".equals(request.description())) {
			throw new IllegalStateException("boom with account 012345678901234567");
		}
		if (request.amount().compareTo(new BigDecimal("1000")) > 0) {
			throw new BusinessException(ErrorKind.UNPROCESSABLE, "INSUFFICIENT_FUNDS", "Not enough money.");
		}
		String id = UUID.randomUUID().toString();
		return ResponseEntity.created(URI.create("/test/transfers/" + id))
			.body(Map.of("transferId", id, "amount", request.amount()));
	}

	@GetMapping("/items/{id}")
	Map<String, Object> item(@PathVariable UUID id, @RequestParam(defaultValue = "20") @Max(100) int limit) {
		return Map.of("id", id, "limit", limit);
	}

	@GetMapping("/me")
	CurrentUser me(CurrentUser user) {
		return user;
	}

	@GetMapping("/admin")
	Map<String, String> admin(CurrentUser user) {
		if (!user.hasScope("admin")) {
			throw new AccessDeniedException("admin scope required");
		}
		return Map.of("ok", "true");
	}

	@PostMapping("/events")
	Map<String, String> publish(@RequestBody Map<String, Object> data) {
		String eventId = publisher.publish(PlatformTestApplication.EVENTS_QUEUE, OutgoingEvent.of("TEST_EVENT", data))
			.eventId();
		return Map.of("eventId", eventId, "correlationId", CorrelationId.current());
	}

	@GetMapping("/echo")
	Map<String, String> echo(@RequestHeader(name = CorrelationId.HEADER, required = false) String correlationId,
			@RequestHeader(name = "traceparent", required = false) String traceparent) {
		recorder.echoedCorrelationIds.add(String.valueOf(correlationId));
		recorder.echoedTraceparents.add(String.valueOf(traceparent));
		return Map.of("correlationId", String.valueOf(correlationId));
	}

	@PostMapping("/log")
	Map<String, String> logIt(@RequestBody Map<String, String> body) {
		log.info("Customer {} paid from account {} (CLABE {}), card {}, balance={} body={}", body.get("email"),
				body.get("account"), body.get("clabe"), body.get("card"), body.get("balance"), body);
		return Map.of("logged", "true");
	}

}
