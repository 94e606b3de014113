package com.digitalbank.banking.transfer;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code maxAmount}: per-transfer limit. {@code maxBatch}: transfers per DynamoDB
 * transaction (at most 16: 16 x 6 items and the outbox record stay under the 100-item
 * limit). {@code maxAttempts}: tries of a batch whose accounts changed under it before
 * answering 503. {@code rememberedAccounts}: how many accounts the writer keeps as it
 * last committed them, to plan without a read.
 */
@Validated
@ConfigurationProperties("banking.transfers")
public record TransferProperties(@NotNull @Positive @DefaultValue("100000.00") BigDecimal maxAmount,
		@Min(1) @Max(16) @DefaultValue("16") int maxBatch, @Min(1) @DefaultValue("10") int maxAttempts,
		@NotNull @DefaultValue("15s") Duration timeout, @Min(0) @DefaultValue("10000") int rememberedAccounts,
		@NotBlank @DefaultValue("bank-transfers") String table,
		@NotBlank @DefaultValue("banking-events") String eventsQueue) {
}
