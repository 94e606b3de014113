package com.digitalbank.platform.deadletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code failuresTable}: where the failure that dead-lettered a message is kept, for
 * {@code failureRetention} (SQS keeps a message at most 14 days). {@code watchInterval}:
 * how often the depth of every dead-letter queue is read for the metrics and the log;
 * zero turns the watch off.
 */
@ConfigurationProperties("platform.deadletter")
public record DeadLetterProperties(@DefaultValue("dead-letter-failures") String failuresTable,
		@DefaultValue("14d") Duration failureRetention, @DefaultValue("1m") Duration watchInterval) {
}
