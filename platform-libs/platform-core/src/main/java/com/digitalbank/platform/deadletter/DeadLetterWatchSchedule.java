package com.digitalbank.platform.deadletter;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the watch every interval on one daemon thread while the application runs. The
 * first read comes after the interval, at most ten seconds in, so that start-up does not
 * wait for it.
 */
class DeadLetterWatchSchedule implements SmartLifecycle {

	private static final Duration MAX_FIRST_DELAY = Duration.ofSeconds(10);

	private final DeadLetterWatch watch;

	private final Duration interval;

	private ScheduledExecutorService executor;

	DeadLetterWatchSchedule(DeadLetterWatch watch, Duration interval) {
		this.watch = watch;
		this.interval = interval;
	}

	@Override
	public synchronized void start() {
		if (executor != null || interval.isZero() || interval.isNegative()) {
			return;
		}
		executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dead-letter-watch").daemon().factory());
		long first = Math.min(interval.toMillis(), MAX_FIRST_DELAY.toMillis());
		executor.scheduleWithFixedDelay(watch::poll, first, interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (executor != null) {
			executor.shutdownNow();
			executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}

}
