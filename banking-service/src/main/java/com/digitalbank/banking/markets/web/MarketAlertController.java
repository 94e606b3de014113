package com.digitalbank.banking.markets.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.digitalbank.banking.markets.MarketAlert;
import com.digitalbank.banking.markets.MarketAlertProcessing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Market alerts")
class MarketAlertController {

	private final MarketAlertProcessing alerts;

	MarketAlertController(MarketAlertProcessing alerts) {
		this.alerts = alerts;
	}

	record AlertResponse(String symbol, BigDecimal price, Instant timestamp, String direction, BigDecimal threshold) {

		static AlertResponse from(MarketAlert alert) {
			return new AlertResponse(alert.symbol(), alert.price(), alert.timestamp(), alert.direction().name(),
					alert.threshold());
		}

	}

	record AlertsResponse(List<AlertResponse> items) {
	}

	@GetMapping("/v1/market/alerts")
	@Operation(summary = "Alerts of a symbol, newest first")
	AlertsResponse alerts(
			@Parameter(example = "AMZN") @RequestParam @Pattern(regexp = "[A-Z0-9.\\-]{1,12}") String symbol,
			@Parameter(example = "2026-11-01T00:00:00Z") @RequestParam(required = false) Instant from,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return new AlertsResponse(alerts.recent(symbol, from, limit).stream().map(AlertResponse::from).toList());
	}

}
