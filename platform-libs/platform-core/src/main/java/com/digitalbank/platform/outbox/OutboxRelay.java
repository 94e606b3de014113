package com.digitalbank.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.digitalbank.platform.resources.TableDeclaration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends what the writers left behind: entries older than the grace period that a crash or
 * an SQS outage kept from going out. Any number of instances may run it at once: each
 * claims an entry (a conditional write with an expiry) before sending it, so two relays
 * do not send the same entry; a relay that dies between sending and marking leaves the
 * claim to expire, and the entry goes out again (consumers deduplicate by
 * {@code eventId}).
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final Outbox outbox;

	private final OutboxItems items;

	private final List<TableDeclaration> tables;

	private final OutboxProperties properties;

	private final Clock clock;

	private final Map<String, OutboxItems.Backlog> backlogs = new ConcurrentHashMap<>();

	private volatile ScheduledExecutorService scheduler;

	OutboxRelay(Outbox outbox, OutboxItems items, List<TableDeclaration> tables, OutboxProperties properties,
			Clock clock, MeterRegistry meters) {
		this.outbox = outbox;
		this.items = items;
		this.tables = tables.stream().filter(OutboxIndex::isOn).toList();
		this.properties = properties;
		this.clock = clock;
		if (meters != null) {
			this.tables.forEach(table -> register(meters, table.name()));
		}
	}

	private void register(MeterRegistry meters, String table) {
		Gauge
			.builder("outbox.events.waiting", backlogs,
					all -> all.getOrDefault(table, OutboxItems.Backlog.EMPTY).waiting())
			.description("Events recorded but not sent yet")
			.tag("table", table)
			.register(meters);
		Gauge.builder("outbox.oldest.age", backlogs, all -> ageSeconds(all.get(table)))
			.description("Age of the oldest event not sent yet")
			.baseUnit("seconds")
			.tag("table", table)
			.register(meters);
	}

	private double ageSeconds(OutboxItems.Backlog backlog) {
		if (backlog == null || backlog.oldest() == null) {
			return 0;
		}
		return Math.max(0, Duration.between(backlog.oldest(), clock.instant()).toMillis() / 1000.0);
	}

	/** One pass over every shard of every table; answers how many entries it sent. */
	public int relayOnce() {
		int sent = 0;
		for (TableDeclaration table : tables) {
			long waiting = 0;
			Instant oldest = null;
			for (int shard = 0; shard < items.shards(); shard++) {
				sent += relay(table, shard);
				OutboxItems.Backlog backlog = items.backlog(table.name(), shard);
				waiting += backlog.waiting();
				if (backlog.oldest() != null && (oldest == null || backlog.oldest().isBefore(oldest))) {
					oldest = backlog.oldest();
				}
			}
			backlogs.put(table.name(), new OutboxItems.Backlog(waiting, oldest));
		}
		return sent;
	}

	private int relay(TableDeclaration table, int shard) {
		Instant now = clock.instant();
		List<RecordedEvent> due = items.due(table, shard, now.minus(properties.grace()), properties.pageSize());
		if (due.isEmpty()) {
			return 0;
		}
		List<RecordedEvent> claimed = claim(due, now, now.plus(properties.claim()));
		if (claimed.isEmpty()) {
			return 0;
		}
		List<RecordedEvent> sent = outbox.send(claimed);
		claimed.stream().filter(event -> !sent.contains(event)).forEach(items::release);
		log.info("Outbox relay sent {} of {} events left in {}", sent.size(), claimed.size(), table.name());
		return sent.size();
	}

	/** Claims in parallel: a claim is one conditional write each. */
	private List<RecordedEvent> claim(List<RecordedEvent> due, Instant now, Instant until) {
		List<RecordedEvent> claimed = new ArrayList<>();
		try (ExecutorService claims = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Boolean>> results = due.stream()
				.map(event -> claims.submit(() -> items.claim(event, now, until)))
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
			throw new IllegalStateException("Could not claim outbox entries", ex.getCause());
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
		if (tables.isEmpty()) {
			return;
		}
		ScheduledExecutorService started = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
		long interval = properties.pollInterval().toMillis();
		started.scheduleWithFixedDelay(this::pass, interval, interval, TimeUnit.MILLISECONDS);
		this.scheduler = started;
	}

	@Override
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

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
