package com.digitalbank.banking.markets;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds: {@code high}/{@code low} for every symbol, overridden per symbol under
 * {@code symbols}. {@code alertChannel}: {@code sqs} (local) or {@code sns} (AWS, with
 * {@code alertTopicArn}).
 */
@Validated
@ConfigurationProperties("banking.markets")
public record MarketProperties(@NotNull @DefaultValue("150") BigDecimal high,
		@NotNull @DefaultValue("50") BigDecimal low, @DefaultValue Map<String, Thresholds> symbols,
		@DefaultValue("sqs") String alertChannel, @DefaultValue("market-alerts-notifications") String alertQueue,
		String alertTopicArn) {

	public record Thresholds(BigDecimal high, BigDecimal low) {
	}

}
