package com.digitalbank.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.platform.periodic.PeriodicTask;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends what the writers left behind: records older than the grace period that a crash or
 * an SQS outage kept from going out. Any number of instances may run it at once: each
 * claims a record (a conditional write with an expiry) before sending it, so two relays
 * do not send the same record; a relay that dies between sending and deleting leaves the
 * claim to expire, and the events go out again (consumers deduplicate by
 * {@code eventId}).
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final Outbox outbox;

	private final OutboxTable table;

	private final OutboxProperties properties;

	private final Clock clock;

	private volatile OutboxTable.Backlog backlog = OutboxTable.Backlog.EMPTY;

	private final PeriodicTask passes;

	OutboxRelay(Outbox outbox, OutboxTable table, OutboxProperties properties, Clock clock, MeterRegistry meters) {
		this.outbox = outbox;
		this.table = table;
		this.properties = properties;
		this.clock = clock;
		this.passes = new PeriodicTask("outbox-relay", properties.pollInterval(), this::pass);
		if (meters != null) {
			Gauge.builder("outbox.events.waiting", this, relay -> relay.backlog.waiting())
				.description("Events recorded but not sent yet")
				.tag("table", table.name())
				.register(meters);
			Gauge.builder("outbox.oldest.age", this, OutboxRelay::oldestAgeSeconds)
				.description("Age of the oldest event not sent yet")
				.baseUnit("seconds")
				.tag("table", table.name())
				.register(meters);
		}
	}

	private double oldestAgeSeconds() {
		Instant oldest = backlog.oldest();
		return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
	}

	/** One pass over every shard; answers how many events it sent. */
	public int relayOnce() {
		int sent = 0;
		long waiting = 0;
		Instant oldest = null;
		for (int shard = 0; shard < table.shards(); shard++) {
			sent += relay(shard);
			OutboxTable.Backlog shardBacklog = table.backlog(shard);
			waiting += shardBacklog.waiting();
			if (shardBacklog.oldest() != null && (oldest == null || shardBacklog.oldest().isBefore(oldest))) {
				oldest = shardBacklog.oldest();
			}
		}
		this.backlog = new OutboxTable.Backlog(waiting, oldest);
		return sent;
	}

	private int relay(int shard) {
		Instant now = clock.instant();
		List<OutboxRecord> due = table.due(shard, now.minus(properties.grace()), properties.pageSize());
		if (due.isEmpty()) {
			return 0;
		}
		List<OutboxRecord> claimed = claim(due, now, now.plus(properties.claim()));
		if (claimed.isEmpty()) {
			return 0;
		}
		int sent = outbox.send(claimed);
		log.info("Outbox relay sent {} events left in {} records", sent, claimed.size());
		return sent;
	}

	/** Claims in parallel: a claim is one conditional write each. */
	private List<OutboxRecord> claim(List<OutboxRecord> due, Instant now, Instant until) {
		List<OutboxRecord> claimed = new ArrayList<>();
		try (ExecutorService claims = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Boolean>> results = due.stream()
				.map(record -> claims.submit(() -> table.claim(record, now, until)))
				.toList();
			for (int i = 0; i < due.size(); i++) {
				if (results.get(i).get()) {
					claimed.add(due.get(i));
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not claim outbox records", ex.getCause());
		}
		return claimed;
	}

	private void pass() {
		try {
			relayOnce();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay pass failed; it tries again in {}", properties.pollInterval(), ex);
		}
	}

	@Override
	public void start() {
		passes.start();
	}

	@Override
	public void stop() {
		passes.stop();
	}

	@Override
	public boolean isRunning() {
		return passes.isRunning();
	}

}
