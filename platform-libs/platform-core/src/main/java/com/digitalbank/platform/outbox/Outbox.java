package com.digitalbank.platform.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.resources.TableDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Records events in the transaction of the change they announce and sends them once it
 * committed.
 *
 * <pre>{@code
 * OutboxEntry entry = outbox.prepare(queue, OutgoingEvent.of("THING_DONE", done));
 * RecordedEvent recorded = outbox.embedIn(table, item, entry); // or outbox.addTo(transaction, entry, tag)
 * transactions.commit(transaction);
 * outbox.sendCommitted(List.of(recorded));
 * }</pre>
 *
 * An entry embedded in the item it announces costs no extra item in a transaction that is
 * near DynamoDB's limit of 100; embed only in an item that nobody rewrites before the
 * entry is sent (a record written once). An entry of the outbox table
 * ({@code platform.outbox.table}) is its own item and suits anything else.
 */
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final EventPublisher publisher;

	private final OutboxItems items;

	private final Map<String, TableDeclaration> tables;

	private final OutboxProperties properties;

	private final Clock clock;

	Outbox(EventPublisher publisher, OutboxItems items, List<TableDeclaration> tables, OutboxProperties properties,
			Clock clock) {
		this.publisher = publisher;
		this.items = items;
		this.tables = tables.stream()
			.filter(OutboxIndex::isOn)
			.collect(Collectors.toMap(TableDeclaration::name, Function.identity()));
		this.properties = properties;
		this.clock = clock;
	}

	/** The event with its id and time fixed, ready to join a transaction. */
	public OutboxEntry prepare(String queue, OutgoingEvent event) {
		return new OutboxEntry(queue, publisher.prepare(event), clock.instant());
	}

	/**
	 * Adds the entry to an item about to be written to {@code table}, which must be
	 * declared {@link OutboxIndex#on with the outbox index}.
	 */
	public RecordedEvent embedIn(String table, Map<String, AttributeValue> item, OutboxEntry entry) {
		TableDeclaration declaration = tables.get(table);
		if (declaration == null) {
			throw new IllegalStateException("Table " + table + " is not declared with OutboxIndex.on(...)");
		}
		item.putAll(items.attributes(entry));
		return new RecordedEvent(table, OutboxItems.key(declaration, item), entry);
	}

	/** Adds the entry as its own item of the outbox table to the transaction. */
	public RecordedEvent addTo(WriteTransaction transaction, OutboxEntry entry, Object tag) {
		if (!properties.hasTable()) {
			throw new IllegalStateException("No outbox table: set platform.outbox.table");
		}
		Map<String, AttributeValue> item = new HashMap<>(items.attributes(entry));
		item.put(OutboxAutoConfiguration.OUTBOX_TABLE_KEY, AttributeValue.fromS(entry.eventId()));
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(properties.table())
				.item(item)
				.conditionExpression("attribute_not_exists(#key)")
				.expressionAttributeNames(Map.of("#key", OutboxAutoConfiguration.OUTBOX_TABLE_KEY))
				.build())
			.build(), tag);
		return new RecordedEvent(properties.table(),
				Map.of(OutboxAutoConfiguration.OUTBOX_TABLE_KEY, AttributeValue.fromS(entry.eventId())), entry);
	}

	/**
	 * Sends committed entries now, off the caller's thread, and marks those sent.
	 * Whatever fails here (SQS away, a crash) stays pending for the relay: never throws.
	 */
	public void sendCommitted(List<RecordedEvent> recorded) {
		if (recorded.isEmpty()) {
			return;
		}
		Thread.startVirtualThread(() -> {
			try {
				send(recorded);
			}
			catch (RuntimeException ex) {
				log.warn("{} committed events not sent yet; the outbox relay will send them", recorded.size(), ex);
			}
		});
	}

	/**
	 * Sends the entries, grouped by queue, and marks those that went: the relay's way
	 * too.
	 */
	List<RecordedEvent> send(List<RecordedEvent> recorded) {
		Map<String, List<RecordedEvent>> byQueue = recorded.stream()
			.collect(Collectors.groupingBy(event -> event.entry().queue()));
		List<RecordedEvent> sent = new ArrayList<>();
		byQueue.forEach((queue, events) -> {
			Set<String> failed = publisher.send(queue, events.stream().map(event -> event.entry().event()).toList());
			events.stream().filter(event -> !failed.contains(event.entry().eventId())).forEach(sent::add);
		});
		items.sentAll(sent, clock.instant());
		if (sent.size() < recorded.size()) {
			log.warn("{} of {} events not sent yet; the outbox relay will send them", recorded.size() - sent.size(),
					recorded.size());
		}
		return sent;
	}

}
