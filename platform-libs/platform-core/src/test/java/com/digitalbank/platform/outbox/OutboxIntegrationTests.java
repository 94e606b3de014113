package com.digitalbank.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.messaging.PreparedEvent;
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
 * between sending and deleting, never lose one.
 */
@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class)
class OutboxIntegrationTests {

	private static final String THINGS = PlatformTestApplication.THINGS_TABLE;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxTable table;

	@Autowired
	OutboxProperties properties;

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
	void eventsRecordedInTheTransactionOfTheirChangeAreSentOnceItCommits() {
		String thingId = UUID.randomUUID().toString();
		OutboxEntry done = outbox.prepare(queue, thingDone(thingId));
		OutboxEntry again = outbox.prepare(queue, thingDone(thingId));
		WriteTransaction transaction = new WriteTransaction();
		putThing(transaction, thingId);
		OutboxRecord record = outbox.addTo(transaction, List.of(done, again), null);

		transactions.commit(transaction);
		outbox.sendCommitted(record);

		List<Message> received = receive(2);
		assertThat(eventIdsOf(received)).containsExactlyInAnyOrder(done.eventId(), again.eventId());
		assertThat(received).allSatisfy(message -> assertThat(message.body()).contains("THING_DONE").contains(thingId));
		await().atMost(Duration.ofSeconds(10)).until(() -> !stored(record));
	}

	@Test
	void nothingIsSentForAChangeThatDidNotCommit() {
		String thingId = UUID.randomUUID().toString();
		dynamoDb.putItem(put -> put.tableName(THINGS).item(Map.of("thingId", AttributeValue.fromS(thingId))));
		WriteTransaction transaction = new WriteTransaction();
		putThing(transaction, thingId);
		OutboxRecord record = outbox.addTo(transaction, List.of(outbox.prepare(queue, thingDone(thingId))), null);

		assertThatThrownBy(() -> transactions.commit(transaction)).isInstanceOf(TransactionCancelledException.class);
		relay(outbox, Duration.ofSeconds(30)).relayOnce();

		assertThat(stored(record)).isFalse();
		assertThat(receiveNow()).isEmpty();
	}

	@Test
	void eventsRecordedWhileSqsRefusesSendsArriveOnceEachWhenItRecovers() {
		RefusingPublisher refusing = new RefusingPublisher();
		Outbox down = new Outbox(refusing, table, clock);
		List<String> eventIds = recordPending(down, 30);
		OutboxRelay relayWhileDown = relay(down, Duration.ofSeconds(30));

		assertThat(relayWhileDown.relayOnce()).isZero();
		assertThat(refusing.refused).containsAll(eventIds);
		assertThat(receiveNow()).isEmpty();

		OutboxRelay relay = relay(outbox, Duration.ofSeconds(30));
		int sent = 0;
		for (int pass = 0; pass < 10 && sent < eventIds.size(); pass++) {
			sent += relay.relayOnce();
		}

		assertThat(sent).isEqualTo(eventIds.size());
		assertThat(eventIdsOf(receive(eventIds.size()))).containsExactlyInAnyOrderElementsOf(eventIds);
	}

	@Test
	void aRecordPartlySentKeepsOnlyTheEventsThatDidNotGo() {
		String thingId = UUID.randomUUID().toString();
		String otherQueue = queue + "-other";
		sqs.createQueue(create -> create.queueName(otherQueue)).join();
		OutboxEntry toOurs = outbox.prepare(queue, thingDone(thingId));
		OutboxEntry toOther = outbox.prepare(otherQueue, thingDone(thingId));
		WriteTransaction transaction = new WriteTransaction();
		putThing(transaction, thingId);
		OutboxRecord record = outbox.addTo(transaction, List.of(toOurs, toOther), null);
		transactions.commit(transaction);
		RefusingPublisher otherQueueDown = new RefusingPublisher(otherQueue);

		assertThat(new Outbox(otherQueueDown, table, clock).send(List.of(record))).isEqualTo(1);
		assertThat(eventIdsOf(receive(1))).containsExactly(toOurs.eventId());

		assertThat(relay(outbox, Duration.ofSeconds(30)).relayOnce()).as("only the event that did not go").isEqualTo(1);
		assertThat(stored(record)).isFalse();
		assertThat(receiveNow()).as("nothing twice on our queue").isEmpty();
	}

	@Test
	void twoRelaysRunningTogetherSendEveryEventExactlyOnce() {
		List<String> eventIds = recordPending(new Outbox(new RefusingPublisher(), table, clock), 200);
		OutboxRelay first = relay(outbox, Duration.ofSeconds(30), 10);
		OutboxRelay second = relay(outbox, Duration.ofSeconds(30), 10);

		CompletableFuture<Integer> firstSent = CompletableFuture.supplyAsync(() -> drain(first));
		CompletableFuture<Integer> secondSent = CompletableFuture.supplyAsync(() -> drain(second));

		assertThat(firstSent.join() + secondSent.join()).isEqualTo(eventIds.size());
		List<Message> received = receive(eventIds.size());
		assertThat(eventIdsOf(received)).containsExactlyInAnyOrderElementsOf(eventIds);
		assertThat(receiveNow()).as("no event sent twice").isEmpty();
	}

	@Test
	void aRelayThatDiesBetweenSendingAndDeletingHasItsEventsSentAgainAndDeduplicated() {
		List<String> eventIds = recordPending(new Outbox(new RefusingPublisher(), table, clock), 1);
		OutboxTable dyingTable = new OutboxTable(dynamoDb, properties.table(), properties.shards()) {
			@Override
			void sent(OutboxRecord record) {
				throw new IllegalStateException("killed between send and delete");
			}
		};
		Duration shortClaim = Duration.ofSeconds(1);

		assertThatThrownBy(() -> relay(new Outbox(sqsPublisher(), dyingTable, clock), shortClaim).relayOnce())
			.hasMessageContaining("killed");
		assertThat(eventIdsOf(receive(1))).containsExactlyElementsOf(eventIds);

		OutboxRelay healthy = relay(outbox, shortClaim);
		await().atMost(Duration.ofSeconds(10)).until(() -> healthy.relayOnce() == 1);
		List<Message> again = receive(1);

		DeduplicatingConsumer consumer = new DeduplicatingConsumer();
		assertThat(consumer.firstTime(eventIds.getFirst())).isTrue();
		assertThat(consumer.firstTime(eventIdsOf(again).getFirst())).as("the second copy is a duplicate").isFalse();
		assertThat(healthy.relayOnce()).as("deleted at last").isZero();
	}

	/** Sends until a pass finds nothing it can take. */
	private static int drain(OutboxRelay relay) {
		int total = 0;
		for (int sent = relay.relayOnce(); sent > 0; sent = relay.relayOnce()) {
			total += sent;
		}
		return total;
	}

	/** Records committed whose events could not be sent: what a relay finds. */
	private List<String> recordPending(Outbox recording, int count) {
		List<String> eventIds = new ArrayList<>();
		List<OutboxRecord> records = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String thingId = UUID.randomUUID().toString();
			OutboxEntry entry = recording.prepare(queue, thingDone(thingId));
			WriteTransaction transaction = new WriteTransaction();
			putThing(transaction, thingId);
			records.add(recording.addTo(transaction, List.of(entry), null));
			transactions.commit(transaction);
			eventIds.add(entry.eventId());
		}
		assertThat(recording.send(records)).isZero();
		return eventIds;
	}

	private static void putThing(WriteTransaction transaction, String thingId) {
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(THINGS)
				.item(Map.of("thingId", AttributeValue.fromS(thingId), "payload", AttributeValue.fromS("done")))
				.conditionExpression("attribute_not_exists(thingId)")
				.build())
			.build(), null);
	}

	private boolean stored(OutboxRecord record) {
		return dynamoDb
			.getItem(get -> get.tableName(properties.table())
				.key(Map.of("recordId", AttributeValue.fromS(record.recordId())))
				.consistentRead(true))
			.hasItem();
	}

	private OutboxRelay relay(Outbox relaying, Duration claim) {
		return relay(relaying, claim, properties.pageSize());
	}

	private OutboxRelay relay(Outbox relaying, Duration claim, int pageSize) {
		OutboxProperties immediate = new OutboxProperties(properties.table(), properties.shards(),
				properties.pollInterval(), Duration.ZERO, claim, pageSize);
		return new OutboxRelay(relaying, table, immediate, clock, null);
	}

	private static OutgoingEvent thingDone(String thingId) {
		return OutgoingEvent.of("THING_DONE", Map.of("thingId", thingId));
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

		private final Set<String> seen = new HashSet<>();

		boolean firstTime(String eventId) {
			return seen.add(eventId);
		}

	}

	/** SQS refusing every send, as during an outage. */
	private final class RefusingPublisher extends EventPublisher {

		final Set<String> refused = ConcurrentHashMap.newKeySet();

		private final String downQueue;

		/** Refusing sends to every queue. */
		RefusingPublisher() {
			this(null);
		}

		/** Refusing sends to one queue, sending to the others. */
		RefusingPublisher(String downQueue) {
			super(sqsTemplate, jsonMapper, "platform-test", clock);
			this.downQueue = downQueue;
		}

		@Override
		public Set<String> send(String queue, List<PreparedEvent> events) {
			if (downQueue != null && !downQueue.equals(queue)) {
				return super.send(queue, events);
			}
			Set<String> ids = events.stream().map(PreparedEvent::eventId).collect(Collectors.toSet());
			refused.addAll(ids);
			return ids;
		}

	}

}
