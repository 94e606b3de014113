package com.digitalbank.platform.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records events in the transaction of the change they announce and sends them once it
 * committed.
 *
 * <pre>{@code
 * OutboxEntry done = outbox.prepare(queue, OutgoingEvent.of("THING_DONE", thing));
 * OutboxRecord record = outbox.addTo(transaction, List.of(done), tag);
 * transactions.commit(transaction);
 * outbox.sendCommitted(record);
 * }</pre>
 *
 * The events of one transaction are one item of the outbox table, so recording a batch of
 * changes costs the transaction one item of its hundred, and sending it one delete.
 */
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final EventPublisher publisher;

	private final OutboxTable table;

	private final Clock clock;

	Outbox(EventPublisher publisher, OutboxTable table, Clock clock) {
		this.publisher = publisher;
		this.table = table;
		this.clock = clock;
	}

	/** The event with its id and time fixed, ready to join a transaction. */
	public OutboxEntry prepare(String queue, OutgoingEvent event) {
		return new OutboxEntry(queue, publisher.prepare(event), clock.instant());
	}

	/**
	 * Adds the events to the transaction, as one item of the outbox table.
	 * @param tag handed back if this write fails (it never should: its id is new)
	 */
	public OutboxRecord addTo(WriteTransaction transaction, List<OutboxEntry> entries, Object tag) {
		if (entries.isEmpty()) {
			throw new IllegalArgumentException("An outbox record holds one event at least");
		}
		return table.addTo(transaction, entries, tag);
	}

	/**
	 * Sends a committed record now, off the caller's thread, and deletes it once all its
	 * events went out. Whatever fails here (SQS away, a crash) stays for the relay: never
	 * throws.
	 */
	public void sendCommitted(OutboxRecord record) {
		Thread.startVirtualThread(() -> {
			try {
				send(List.of(record));
			}
			catch (RuntimeException ex) {
				log.warn("{} committed events not sent yet; the outbox relay will send them", record.entries().size(),
						ex);
			}
		});
	}

	/**
	 * Sends the records' events, grouped by queue, deletes each record whose events all
	 * went and keeps in the others only what did not: the writers' way and the relay's.
	 * @return how many events were sent
	 */
	int send(List<OutboxRecord> records) {
		Map<String, List<OutboxEntry>> byQueue = records.stream()
			.flatMap(record -> record.entries().stream())
			.collect(Collectors.groupingBy(OutboxEntry::queue));
		Set<String> failed = byQueue.entrySet()
			.stream()
			.flatMap(queue -> publisher.send(queue.getKey(), queue.getValue().stream().map(OutboxEntry::event).toList())
				.stream())
			.collect(Collectors.toSet());
		int sent = 0;
		for (OutboxRecord record : records) {
			List<OutboxEntry> unsent = record.entries()
				.stream()
				.filter(entry -> failed.contains(entry.eventId()))
				.toList();
			if (unsent.isEmpty()) {
				table.sent(record);
			}
			else {
				table.keepOnly(record, unsent);
				log.warn("{} of {} events not sent yet; the outbox relay will send them", unsent.size(),
						record.entries().size());
			}
			sent += record.entries().size() - unsent.size();
		}
		return sent;
	}

}
