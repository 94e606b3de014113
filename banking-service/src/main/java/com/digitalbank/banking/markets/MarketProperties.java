package com.digitalbank.banking.markets;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds: {@code high}/{@code low} for every symbol, overridden per symbol under
 * {@code symbols}. {@code alertChannel}: {@code sqs} (local) or {@code sns} (AWS, with
 * {@code alertTopicArn}). {@code table}, {@code dataQueue}: where alerts are kept and
 * ticks arrive; {@code visibilityTimeout}: of a tick being processed.
 */
@Validated
@ConfigurationProperties("banking.markets")
public record MarketProperties(@NotNull @DefaultValue("150") BigDecimal high,
		@NotNull @DefaultValue("50") BigDecimal low, @DefaultValue Map<String, Thresholds> symbols,
		@DefaultValue("sqs") String alertChannel, @DefaultValue("market-alerts-notifications") String alertQueue,
		String alertTopicArn, @NotBlank @DefaultValue("market-alerts") String table,
		@NotBlank @DefaultValue("market-data") String dataQueue,
		@NotNull @DefaultValue("30s") Duration visibilityTimeout) {

	public record Thresholds(BigDecimal high, BigDecimal low) {
	}

}
