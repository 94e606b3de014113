package com.digitalbank.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code retention}: how long a completed response is replayed. {@code inProgressExpiry}:
 * after this a claim whose process died may be taken over by a retry.
 */
@ConfigurationProperties("platform.idempotency")
public record IdempotencyProperties(@DefaultValue("idempotency") String table, @DefaultValue("24h") Duration retention,
		@DefaultValue("30s") Duration inProgressExpiry) {
}
