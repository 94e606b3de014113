package com.digitalbank.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Backoff of failed messages: base doubled per receive, capped, with jitter. */
@ConfigurationProperties("platform.messaging")
public record MessagingProperties(@DefaultValue("2s") Duration retryBaseBackoff,
		@DefaultValue("60s") Duration retryMaxBackoff) {
}
