package com.digitalbank.platform.saga;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxEntry;
import com.digitalbank.platform.outbox.OutboxRecord;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import com.digitalbank.platform.testapp.SagaParticipant;
import com.digitalbank.platform.testapp.TestOrder;
import com.digitalbank.platform.testapp.TestOrderSaga;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sagas against DynamoDB Local and ElasticMQ: driven by the service's saga queue, and, by
 * hand on a queue of their own, through crashes at every point between and inside steps,
 * with a fresh driver taking over on the same table and queue.
 */
@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class)
class SagaIntegrationTests {

	@Autowired
	Sagas sagas;

	@Autowired
	SagaStore store;

	@Autowired
	TestOrderSaga definition;

	@Autowired
	SagaParticipant participant;

	@Autowired
	WriteTransactions transactions;

	@Autowired
	Outbox outbox;

	@Autowired
	EventPublisher publisher;

	@Autowired
	SqsTemplate sqsTemplate;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Clock clock;

	@Test
	void completesThroughTheSagaQueueAndAnnouncesEachChangeOfStatusThroughTheOutbox() {
		String orderId = begin(sagas, "ok");

		SagaState ended = awaitEnd(orderId);

		assertThat(ended.status()).isEqualTo(SagaStatus.COMPLETED);
		assertThat(ended.steps()).extracting(StepRecord::status).containsOnly(StepStatus.DONE);
		assertThat(participant.effectsOf(orderId)).containsExactlyInAnyOrder("reserve", "pay", "confirm");
		List<String> announced = new ArrayList<>();
		String eventsUrl = sqs.getQueueUrl(get -> get.queueName(PlatformTestApplication.SAGA_EVENTS_QUEUE))
			.join()
			.queueUrl();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			for (Message message : sqs.receiveMessage(receive -> receive.queueUrl(eventsUrl).maxNumberOfMessages(10))
				.join()
				.messages()) {
				if (message.body().contains(orderId)) {
					announced.add(jsonMapper.readTree(message.body()).get("eventType").asString());
				}
			}
			assertThat(announced).contains("TEST_ORDER_RUNNING", "TEST_ORDER_COMPLETED");
		});
	}

	@Test
	void compensatesWhatWasDoneWhenThePivotRefuses() {
		String orderId = begin(sagas, "refuse-pay");

		SagaState ended = awaitEnd(orderId);

		assertThat(ended.status()).isEqualTo(SagaStatus.FAILED);
		assertThat(ended.failureReason()).isEqualTo("REFUSED_BY_PAY");
		assertThat(ended.steps()).extracting(StepRecord::status)
			.containsExactly(StepStatus.COMPENSATED, StepStatus.REFUSED);
		assertThat(participant.effectsOf(orderId)).isEmpty();
	}

	@Test
	void retriesAPaymentWhoseAnswerWasLostUnderTheSameRequestIdAndPaysOnce() {
		String orderId = begin(sagas, "lost-pay:2");

		SagaState ended = awaitEnd(orderId);

		assertThat(ended.status()).isEqualTo(SagaStatus.COMPLETED);
		assertThat(participant.calls.get(orderId + ":pay")).hasValue(3);
		assertThat(participant.appliedTimes(orderId, "pay")).isEqualTo(1);
	}

	@Test
	void compensatesAPaymentThatNeverAnsweredIncludingThePaymentItself() {
		String orderId = begin(sagas, "lost-pay:99");

		SagaState ended = awaitEnd(orderId);

		assertThat(ended.status()).isEqualTo(SagaStatus.FAILED);
		assertThat(ended.failureReason()).isEqualTo(SagaTransitions.NO_ANSWER);
		assertThat(participant.calls.get(orderId + ":pay")).hasValue(3);
		assertThat(participant.effectsOf(orderId)).isEmpty();
	}

	@Test
	void keepsCompensatingUntilTheCompensationSucceedsAndReportsItStuck() {
		double stuckBefore = stuckCount();
		String orderId = begin(sagas, "refuse-pay,fail-release:4");

		SagaState ended = awaitEnd(orderId);

		assertThat(ended.status()).isEqualTo(SagaStatus.FAILED);
		assertThat(participant.compensations.get(orderId + ":reserve")).hasValue(5);
		assertThat(participant.effectsOf(orderId)).isEmpty();
		assertThat(stuckCount()).isEqualTo(stuckBefore + 1);
	}

	@ParameterizedTest(name = "process dies {0}")
	@CsvSource(delimiter = '|', textBlock = """
			right after the saga began                |  0 | ok                          | COMPLETED
			inside reserve, before its effect         | 99 | crash:reserve:before        | COMPLETED
			inside reserve, after its effect          | 99 | crash:reserve:after         | COMPLETED
			between reserve and pay                   |  1 | ok                          | COMPLETED
			inside pay, before its effect             | 99 | crash:pay:before            | COMPLETED
			inside pay, after its effect              | 99 | crash:pay:after             | COMPLETED
			between pay and confirm                   |  2 | ok                          | COMPLETED
			inside confirm, after its effect          | 99 | crash:confirm:after         | COMPLETED
			between a refused pay and the release     |  2 | refuse-pay                  | FAILED
			inside the release, after its effect      | 99 | refuse-pay,crash:release:after | FAILED
			""")
	void aFreshDriverOnTheSameTableAndQueueFinishesTheSagaOfAProcessThatDied(String point, int cleanCalls, String plan,
			SagaStatus expected) {
		String queue = privateQueue();
		SagaMessages messages = new SagaMessages(outbox, publisher, sqsTemplate, queue);
		String orderId = begin(new Sagas(store, messages, jsonMapper, clock), plan);
		SagaDriver dying = driver(messages);
		try {
			for (int call = 0; call < cleanCalls; call++) {
				dying.advance(orderId);
			}
		}
		catch (SagaParticipant.SimulatedCrash crash) {
			// The process is gone: nothing it held in memory survives.
		}

		SagaDriver fresh = driver(messages);
		SagaSweeper sweeper = new SagaSweeper(store, messages, handProperties(queue), clock);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			sweeper.sweepOnce();
			receiveAndAdvance(queue, fresh);
			return store.find(orderId).orElseThrow().status().terminal();
		});

		assertThat(store.find(orderId).orElseThrow().status()).isEqualTo(expected);
		if (expected == SagaStatus.COMPLETED) {
			assertThat(participant.effectsOf(orderId)).containsExactlyInAnyOrder("reserve", "pay", "confirm");
			assertThat(List.of("reserve", "pay", "confirm"))
				.allSatisfy(step -> assertThat(participant.appliedTimes(orderId, step)).isEqualTo(1));
		}
		else {
			assertThat(participant.effectsOf(orderId)).isEmpty();
		}
	}

	@Test
	void ofTwoDriversThatReadTheSameSagaOnlyOneCallsTheStep() throws Exception {
		SagaMessages messages = new SagaMessages(outbox, publisher, sqsTemplate, privateQueue());
		String orderId = begin(new Sagas(store, messages, jsonMapper, clock), "ok");
		// A lease longer than the driver's early tolerance (1 s): with the 300 ms lease
		// of the
		// other tests, the second driver may rightly take a step the first still holds.
		SagaPolicy longLease = new SagaPolicy(3, Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(30),
				3);
		SagaDriver first = new SagaDriver(store, transactions, outbox, messages, List.of(definition), longLease,
				jsonMapper, clock, null);
		SagaDriver second = new SagaDriver(store, transactions, outbox, messages, List.of(definition), longLease,
				jsonMapper, clock, null);

		List<Boolean> advanced = new ArrayList<>();
		try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Callable<Boolean>> calls = List.of(() -> first.advance(orderId), () -> second.advance(orderId));
			for (Future<Boolean> result : both.invokeAll(calls)) {
				advanced.add(result.get());
			}
		}

		assertThat(participant.calls.get(orderId + ":reserve")).hasValue(1);
		// Usually one of them finds the saga taken and does nothing; on a loaded machine
		// one may finish the step before the other reads, which then calls the next step.
		assertThat(advanced).contains(true);
		assertThat(participant.calls.get(orderId + ":reserve")).hasValue(1);
	}

	@Test
	void theSweeperPushesASagaWhoseMessageWasLostOncePerLease() {
		String queue = privateQueue();
		SagaMessages messages = new SagaMessages(outbox, publisher, sqsTemplate, queue);
		String orderId = UUID.randomUUID().toString();
		WriteTransaction transaction = new WriteTransaction();
		// Begun without recording its messages: as if they were lost.
		new Sagas(store, messages, jsonMapper, clock).begin(transaction, definition, orderId,
				new TestOrder(orderId, "ok"));
		transactions.commit(transaction);
		// A lease far longer than the test: on a loaded machine a short one may expire
		// between two sweeps and rightly push again.
		SagaProperties longLease = new SagaProperties("unused", queue, 3, Duration.ofMillis(100),
				Duration.ofMillis(500), Duration.ofSeconds(30), 3, Duration.ofSeconds(1), Duration.ZERO, null);
		SagaSweeper one = new SagaSweeper(store, messages, longLease, clock);
		SagaSweeper other = new SagaSweeper(store, messages, longLease, clock);

		await().atMost(Duration.ofSeconds(5)).until(() -> one.sweepOnce() + other.sweepOnce() > 0);
		other.sweepOnce();

		List<String> pushed = new ArrayList<>();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			pushed.addAll(receiveAndAdvance(queue, driver(messages)));
			assertThat(pushed).contains(orderId);
		});
		assertThat(pushed).containsOnlyOnce(orderId);
		// The push moved it: the lease hid it from sweepers, not from its driver.
		assertThat(participant.calls.get(orderId + ":reserve")).hasValue(1);
		assertThat(store.find(orderId).orElseThrow().current()).isEqualTo(1);
	}

	private String begin(Sagas using, String plan) {
		String orderId = UUID.randomUUID().toString();
		WriteTransaction transaction = new WriteTransaction();
		List<OutboxEntry> events = using.begin(transaction, definition, orderId, new TestOrder(orderId, plan));
		OutboxRecord record = outbox.addTo(transaction, events, null);
		transactions.commit(transaction);
		outbox.sendCommitted(record);
		return orderId;
	}

	private SagaState awaitEnd(String orderId) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> store.find(orderId).orElseThrow().status().terminal());
		return store.find(orderId).orElseThrow();
	}

	private SagaDriver driver(SagaMessages messages) {
		return new SagaDriver(store, transactions, outbox, messages, List.of(definition),
				handProperties(messages.queue()).policy(), jsonMapper, clock, null);
	}

	private static SagaProperties handProperties(String queue) {
		return new SagaProperties("unused", queue, 3, Duration.ofMillis(100), Duration.ofMillis(500),
				Duration.ofMillis(300), 3, Duration.ofSeconds(1), Duration.ZERO, null);
	}

	private String privateQueue() {
		String queue = "platform-test-sagas-" + UUID.randomUUID().toString().substring(0, 8);
		sqs.createQueue(create -> create.queueName(queue)).join();
		return queue;
	}

	/** One receive on the queue; advances each saga named and deletes its message. */
	private List<String> receiveAndAdvance(String queue, SagaDriver driver) {
		String url = sqs.getQueueUrl(get -> get.queueName(queue)).join().queueUrl();
		List<String> sagaIds = new ArrayList<>();
		for (Message message : sqs.receiveMessage(receive -> receive.queueUrl(url).maxNumberOfMessages(10))
			.join()
			.messages()) {
			String sagaId = jsonMapper.readTree(message.body()).get("data").get("sagaId").asString();
			sagaIds.add(sagaId);
			driver.advance(sagaId);
			sqs.deleteMessage(delete -> delete.queueUrl(url).receiptHandle(message.receiptHandle())).join();
		}
		return sagaIds;
	}

	private double stuckCount() {
		return meters.find("saga.stuck").counters().stream().mapToDouble(c -> c.count()).sum();
	}

}
