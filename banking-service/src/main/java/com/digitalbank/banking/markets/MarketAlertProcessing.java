package com.digitalbank.banking.markets;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.digitalbank.banking.markets.persistence.AlertStore;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.stereotype.Service;

/**
 * Turns ticks into alerts exactly once each: the alert is stored before it is published
 * and marked published after, so a redelivered tick publishes only what was not published
 * yet.
 */
@Service
public class MarketAlertProcessing {

	private final AlertDetector detector;

	private final AlertStore alerts;

	private final AlertChannel channel;

	private final Retry publishRetry = Retry.of("market-alert-publish",
			RetryConfig.custom()
				.maxAttempts(3)
				.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(100), 2.0, 0.5))
				.build());

	MarketAlertProcessing(AlertDetector detector, AlertStore alerts, AlertChannel channel) {
		this.detector = detector;
		this.alerts = alerts;
		this.channel = channel;
	}

	/** The alert this tick raised, if any. */
	public Optional<MarketAlert> process(Tick tick) {
		Optional<MarketAlert> alert = detector.detect(tick);
		alert.ifPresent(found -> {
			if (alerts.recordIfNew(found) || !alerts.isPublished(found)) {
				Retry.decorateRunnable(publishRetry, () -> channel.publish(found)).run();
				alerts.markPublished(found);
			}
		});
		return alert;
	}

	public List<MarketAlert> recent(String symbol, Instant from, int limit) {
		return alerts.recent(symbol, from, limit);
	}

}
