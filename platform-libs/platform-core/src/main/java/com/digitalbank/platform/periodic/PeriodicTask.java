package com.digitalbank.platform.periodic;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a pass on one named daemon thread, {@code interval} after the previous pass ended,
 * from {@link #start()} until {@link #stop()}, which waits up to ten seconds for a pass
 * in progress. The owner, a {@code SmartLifecycle} bean, calls both; a pass handles its
 * own failures.
 */
public final class PeriodicTask {

	private final String threadName;

	private final Duration interval;

	private final Runnable pass;

	private volatile ScheduledExecutorService scheduler;

	public PeriodicTask(String threadName, Duration interval, Runnable pass) {
		this.threadName = threadName;
		this.interval = interval;
		this.pass = pass;
	}

	public void start() {
		ScheduledExecutorService started = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
		started.scheduleWithFixedDelay(pass, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		this.scheduler = started;
	}

	public void stop() {
		ScheduledExecutorService running = this.scheduler;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.scheduler = null;
		}
	}

	public boolean isRunning() {
		return scheduler != null;
	}

}
