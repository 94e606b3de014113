package com.digitalbank.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.messaging.PreparedEvent;
import com.digitalbank.platform.resources.TableDeclaration;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against DynamoDB Local and ElasticMQ: an event goes out exactly when its
 * change commits, survives SQS refusing sends, and two relays, or a relay that dies
 * between sending and marking, never lose one.
 */
@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class)
class OutboxIntegrationTests {

	private static final String THINGS = PlatformTestApplication.THINGS_TABLE;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxItems items;

	@Autowired
	OutboxProperties properties;

	@Autowired
	List<TableDeclaration> tables;

	@Autowired
	WriteTransactions transactions;

	@Autowired
	DynamoDbClient dynamoDb;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	SqsTemplate sqsTemplate;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	Clock clock;

	String queue;

	String queueUrl;

	@BeforeEach
	void newQueue() {
		queue = "platform-test-outbox-" + UUID.randomUUID().toString().substring(0, 8);
		queueUrl = sqs.createQueue(create -> create.queueName(queue)).join().queueUrl();
	}

	@Test
	void anEventRecordedInItsChangesTransactionIsSentOnceTheTransactionCommits() {
		String thingId = UUID.randomUUID().toString();
		OutboxEntry entry = outbox.prepare(queue, thingDone(thingId));
		WriteTransaction transaction = new WriteTransaction();
		RecordedEvent recorded = putThing(transaction, thingId, outbox, entry);

		transactions.commit(transaction);
		outbox.sendCommitted(List.of(recorded));

		List<Message> received = receive(1);
		assertThat(received).singleElement().satisfies(message -> {
			assertThat(message.body()).contains("THING_DONE").contains(thingId).contains(entry.eventId());
			assertThat(message.messageAttributes().get(EventPublisher.EVENT_ID_ATTRIBUTE).stringValue())
				.isEqualTo(entry.eventId());
		});
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Map<String, AttributeValue> item = thing(thingId);
			assertThat(item).doesNotContainKeys(OutboxIndex.SHARD, OutboxItems.BODY)
				.containsKeys(OutboxItems.SENT_AT, "payload");
			assertThat(item.get(OutboxItems.EVENT_ID).s()).isEqualTo(entry.eventId());
		});
	}

	@Test
	void anEventOfTheOutboxTableIsSentAndItsItemDeleted() {
		String thingId = UUID.randomUUID().toString();
		OutboxEntry entry = outbox.prepare(queue, thingDone(thingId));
		WriteTransaction transaction = new WriteTransaction();
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder().tableName(THINGS).item(Map.of("thingId", AttributeValue.fromS(thingId))).build())
			.build(), null);
		RecordedEvent recorded = outbox.addTo(transaction, entry, null);

		transactions.commit(transaction);
		outbox.sendCommitted(List.of(recorded));

		assertThat(receive(1)).singleElement().satisfies(message -> assertThat(message.body()).contains(thingId));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !dynamoDb
				.getItem(get -> get.tableName(properties.table()).key(recorded.key()).consistentRead(true))
				.hasItem());
	}

	@Test
	void nothingIsSentForAChangeThatDidNotCommit() {
		String thingId = UUID.randomUUID().toString();
		dynamoDb.putItem(put -> put.tableName(THINGS).item(Map.of("thingId", AttributeValue.fromS(thingId))));
		WriteTransaction transaction = new WriteTransaction();
		Map<String, AttributeValue> item = new HashMap<>(Map.of("thingId", AttributeValue.fromS(thingId)));
		outbox.embedIn(THINGS, item, outbox.prepare(queue, thingDone(thingId)));
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(THINGS)
				.item(item)
				.conditionExpression("attribute_not_exists(thingId)")
				.build())
			.build(), null);

		assertThatThrownBy(() -> transactions.commit(transaction)).isInstanceOf(TransactionCancelledException.class);
		relay(outbox, items, Duration.ofSeconds(30)).relayOnce();

		assertThat(receiveNow()).isEmpty();
		assertThat(thing(thingId)).doesNotContainKey(OutboxItems.EVENT_ID);
	}

	@Test
	void eventsRecordedWhileSqsRefusesSendsArriveOnceEachWhenItRecovers() {
		RefusingPublisher refusing = new RefusingPublisher();
		Outbox down = new Outbox(refusing, items, tables, properties, clock);
		List<String> eventIds = recordPending(down, 30);
		OutboxRelay relayWhileDown = relay(down, items, Duration.ofSeconds(30));

		assertThat(relayWhileDown.relayOnce()).isZero();
		assertThat(refusing.refused).containsAll(eventIds);
		assertThat(receiveNow()).isEmpty();

		OutboxRelay relay = relay(outbox, items, Duration.ofSeconds(30));
		int sent = 0;
		for (int pass = 0; pass < 10 && sent < eventIds.size(); pass++) {
			sent += relay.relayOnce();
		}

		assertThat(eventIdsOf(receive(eventIds.size()))).containsExactlyInAnyOrderElementsOf(eventIds);
	}

	@Test
	void twoRelaysRunningTogetherSendEveryEventExactlyOnce() {
		List<String> eventIds = recordPending(new Outbox(new RefusingPublisher(), items, tables, properties, clock),
				200);
		OutboxRelay first = relay(outbox, items, Duration.ofSeconds(30), 10);
		OutboxRelay second = relay(outbox, items, Duration.ofSeconds(30), 10);

		CompletableFuture<Integer> firstSent = CompletableFuture.supplyAsync(() -> drain(first));
		CompletableFuture<Integer> secondSent = CompletableFuture.supplyAsync(() -> drain(second));

		assertThat(firstSent.join() + secondSent.join()).isEqualTo(eventIds.size());
		List<Message> received = receive(eventIds.size());
		assertThat(eventIdsOf(received)).containsExactlyInAnyOrderElementsOf(eventIds);
		assertThat(receiveNow()).as("no event sent twice").isEmpty();
	}

	@Test
	void aRelayThatDiesBetweenSendingAndMarkingHasItsEventSentAgainAndDeduplicated() {
		List<String> eventIds = recordPending(new Outbox(new RefusingPublisher(), items, tables, properties, clock), 1);
		OutboxItems dyingItems = new OutboxItems(dynamoDb, properties.shards(), properties.table()) {
			@Override
			void sentAll(List<RecordedEvent> recorded, java.time.Instant now) {
				throw new IllegalStateException("killed between send and mark");
			}
		};
		Outbox dyingOutbox = new Outbox(sqsPublisher(), dyingItems, tables, properties, clock);
		Duration shortClaim = Duration.ofSeconds(1);

		assertThatThrownBy(() -> relay(dyingOutbox, dyingItems, shortClaim).relayOnce()).hasMessageContaining("killed");
		assertThat(eventIdsOf(receive(1))).containsExactlyElementsOf(eventIds);

		OutboxRelay healthy = relay(outbox, items, shortClaim);
		await().atMost(Duration.ofSeconds(10)).until(() -> healthy.relayOnce() == 1);
		List<Message> again = receive(1);

		DeduplicatingConsumer consumer = new DeduplicatingConsumer();
		assertThat(consumer.firstTime(eventIds.getFirst())).isTrue();
		assertThat(consumer.firstTime(eventIdsOf(again).getFirst())).as("the second copy is a duplicate").isFalse();
		assertThat(healthy.relayOnce()).as("marked sent at last").isZero();
	}

	/** Sends until a pass finds nothing it can take. */
	private static int drain(OutboxRelay relay) {
		int total = 0;
		for (int sent = relay.relayOnce(); sent > 0; sent = relay.relayOnce()) {
			total += sent;
		}
		return total;
	}

	private List<String> recordPending(Outbox recording, int count) {
		List<String> eventIds = new ArrayList<>();
		List<RecordedEvent> recorded = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String thingId = UUID.randomUUID().toString();
			OutboxEntry entry = recording.prepare(queue, thingDone(thingId));
			WriteTransaction transaction = new WriteTransaction();
			recorded.add(putThing(transaction, thingId, recording, entry));
			transactions.commit(transaction);
			eventIds.add(entry.eventId());
		}
		recording.send(recorded);
		return eventIds;
	}

	private RecordedEvent putThing(WriteTransaction transaction, String thingId, Outbox recording, OutboxEntry entry) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("thingId", AttributeValue.fromS(thingId));
		item.put("payload", AttributeValue.fromS("done"));
		RecordedEvent recorded = recording.embedIn(THINGS, item, entry);
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(THINGS)
				.item(item)
				.conditionExpression("attribute_not_exists(thingId)")
				.build())
			.build(), null);
		return recorded;
	}

	private OutboxRelay relay(Outbox relaying, OutboxItems relayItems, Duration claim) {
		return relay(relaying, relayItems, claim, properties.pageSize());
	}

	private OutboxRelay relay(Outbox relaying, OutboxItems relayItems, Duration claim, int pageSize) {
		OutboxProperties immediate = new OutboxProperties(properties.table(), properties.shards(),
				properties.pollInterval(), Duration.ZERO, claim, pageSize);
		return new OutboxRelay(relaying, relayItems, tables, immediate, clock, null);
	}

	private static OutgoingEvent thingDone(String thingId) {
		return OutgoingEvent.of("THING_DONE", Map.of("thingId", thingId));
	}

	private Map<String, AttributeValue> thing(String thingId) {
		return dynamoDb.getItem(
				get -> get.tableName(THINGS).key(Map.of("thingId", AttributeValue.fromS(thingId))).consistentRead(true))
			.item();
	}

	private EventPublisher sqsPublisher() {
		return new EventPublisher(sqsTemplate, jsonMapper, "platform-test", clock);
	}

	/** Receives and deletes until {@code count} messages came. */
	private List<Message> receive(int count) {
		List<Message> received = new ArrayList<>();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			received.addAll(receiveNow());
			return received.size() >= count;
		});
		return received;
	}

	private List<Message> receiveNow() {
		List<Message> messages = sqs
			.receiveMessage(receive -> receive.queueUrl(queueUrl)
				.maxNumberOfMessages(10)
				.waitTimeSeconds(1)
				.messageAttributeNames("All")
				.messageSystemAttributeNames(MessageSystemAttributeName.ALL))
			.join()
			.messages();
		messages.forEach(
				message -> sqs.deleteMessage(delete -> delete.queueUrl(queueUrl).receiptHandle(message.receiptHandle()))
					.join());
		return messages;
	}

	private static List<String> eventIdsOf(List<Message> messages) {
		return messages.stream()
			.map(message -> message.messageAttributes().get(EventPublisher.EVENT_ID_ATTRIBUTE).stringValue())
			.toList();
	}

	/** What a consumer keeps to deduplicate by event id. */
	private static final class DeduplicatingConsumer {

		private final Set<String> seen = new java.util.HashSet<>();

		boolean firstTime(String eventId) {
			return seen.add(eventId);
		}

	}

	/** SQS refusing every send, as during an outage. */
	private final class RefusingPublisher extends EventPublisher {

		final Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

		RefusingPublisher() {
			super(sqsTemplate, jsonMapper, "platform-test", clock);
		}

		@Override
		public Set<String> send(String queue, List<PreparedEvent> events) {
			Set<String> ids = events.stream().map(PreparedEvent::eventId).collect(Collectors.toSet());
			refused.addAll(ids);
			return ids;
		}

	}

}
