package com.digitalbank.platform.saga;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxEntry;
import com.digitalbank.platform.outbox.OutboxRecord;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves sagas one call at a time: reads the saga, records the call it is about to make
 * (with a lease), makes it, records the outcome with the events that go with it, and
 * leaves a message for the next call. Each record replaces the one read, conditionally: a
 * driver that finds the saga changed under it stops, and the other carries on. A driver
 * that dies mid-call leaves the lease to expire; the message's redelivery or the sweeper
 * then hands the saga to another, which calls the step again with the same request id.
 */
public class SagaDriver {

	private static final Logger log = LoggerFactory.getLogger(SagaDriver.class);

	/** A due message arriving this much early still counts (SQS delays are not exact). */
	private static final Duration EARLY = Duration.ofSeconds(1);

	private final SagaStore store;

	private final WriteTransactions transactions;

	private final Outbox outbox;

	private final SagaMessages messages;

	private final Map<String, Kind<?>> kinds;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final SagaMetrics metrics;

	private final SagaHaltPoint haltPoint;

	SagaDriver(SagaStore store, WriteTransactions transactions, Outbox outbox, SagaMessages messages,
			List<SagaDefinition<?>> definitions, SagaPolicy policy, JsonMapper jsonMapper, Clock clock,
			MeterRegistry meters) {
		this(store, transactions, outbox, messages, definitions, policy, jsonMapper, clock, meters,
				new SagaHaltPoint(null));
	}

	SagaDriver(SagaStore store, WriteTransactions transactions, Outbox outbox, SagaMessages messages,
			List<SagaDefinition<?>> definitions, SagaPolicy policy, JsonMapper jsonMapper, Clock clock,
			MeterRegistry meters, SagaHaltPoint haltPoint) {
		this.store = store;
		this.transactions = transactions;
		this.outbox = outbox;
		this.messages = messages;
		this.kinds = Kind.index(definitions, policy);
		this.jsonMapper = jsonMapper;
		this.clock = clock;
		this.metrics = new SagaMetrics(meters);
		this.haltPoint = haltPoint;
	}

	/**
	 * Makes the saga's next call if it is due. Answers false when there was nothing to do
	 * (unknown, ended, not due, or taken by another driver).
	 */
	public boolean advance(String sagaId) {
		Optional<SagaState> found = store.find(sagaId);
		if (found.isEmpty() || found.get().status().terminal()) {
			return false;
		}
		SagaState state = found.get();
		if (state.dueAt() != null && state.dueAt().isAfter(clock.instant().plus(EARLY))) {
			return false;
		}
		return advance(state, kinds.get(state.type()));
	}

	private <D> boolean advance(SagaState read, Kind<D> kind) {
		if (kind == null) {
			throw new IllegalStateException("No saga definition of type " + read.type());
		}
		D data = jsonMapper.treeToValue(read.data(), kind.definition().dataType());
		SagaState calling = save(kind, read, kind.transitions().beforeCall(read, clock.instant()), data, false);
		if (calling == null) {
			return false;
		}
		SagaState outcome = call(kind, calling, data);
		if (kind.transitions().stuck(outcome)) {
			metrics.stuck(outcome.type());
			log.error("Saga {} of type {} is stuck: {} failed {} times ({}); it keeps trying", outcome.sagaId(),
					outcome.type(), outcome.currentStep().name(), outcome.currentStep().attempts(),
					outcome.currentStep().detail());
		}
		SagaState saved = save(kind, calling, outcome, data, true);
		if (saved != null && saved.status().terminal()) {
			metrics.ended(saved.type(), saved.status());
		}
		return saved != null;
	}

	private <D> SagaState call(Kind<D> kind, SagaState calling, D data) {
		SagaStep<D> step = kind.definition().steps().get(calling.current());
		StepRecord record = calling.currentStep();
		StepContext<D> context = new StepContext<>(calling.sagaId(), step.name(),
				StepContext.requestId(calling.sagaId(), step.name()), record.attempts(), data);
		SagaTransitions transitions = kind.transitions();
		if (calling.status() == SagaStatus.COMPENSATING) {
			try {
				haltPoint.reached(step.name(), "undo-before");
				step.compensation().run(context);
				haltPoint.reached(step.name(), "undo-after");
				return transitions.afterCompensated(calling, clock.instant());
			}
			catch (Exception ex) {
				log.warn("Compensation {} of saga {} failed (attempt {})", step.name(), calling.sagaId(),
						record.attempts(), ex);
				return transitions.afterCompensationFailed(calling, describe(ex), clock.instant());
			}
		}
		try {
			haltPoint.reached(step.name(), "before");
			StepResult result = step.action().run(context);
			haltPoint.reached(step.name(), "after");
			return switch (result) {
				case StepResult.Done done -> transitions.afterDone(calling, done.detail(), clock.instant());
				case StepResult.Refused refused -> transitions.afterRefused(calling, refused.reason(), clock.instant());
			};
		}
		catch (Exception ex) {
			log.warn("Step {} of saga {} has no known outcome (attempt {})", step.name(), calling.sagaId(),
					record.attempts(), ex);
			return transitions.afterUnknown(calling, describe(ex), clock.instant());
		}
	}

	/**
	 * Writes the new state with the service's effects and answers it as stored; null if
	 * another driver got there first. After a call ({@code goOn}) it leaves the message
	 * for the next one: in the same transaction when due now, delayed after it when
	 * backing off (if that send is lost, the sweeper pushes the saga).
	 */
	private <D> SagaState save(Kind<D> kind, SagaState previous, SagaState next, D data, boolean goOn) {
		SagaState stored = next.nextVersion();
		WriteTransaction transaction = new WriteTransaction();
		store.addReplacement(transaction, previous, stored);
		List<OutboxEntry> events = effects(kind.definition(), new SagaTransition<>(previous, stored, data),
				transaction);
		boolean inFlight = goOn && !stored.status().terminal() && stored.dueAt() != null;
		boolean dueNow = inFlight && !stored.dueAt().isAfter(clock.instant());
		if (dueNow) {
			events.add(messages.due(stored.sagaId()));
		}
		OutboxRecord record = events.isEmpty() ? null : outbox.addTo(transaction, events, null);
		try {
			transactions.commit(transaction);
		}
		catch (TransactionCancelledException ex) {
			if (ex.conditionFailed(SagaStore.TAG)) {
				log.info("Saga {} changed under this driver; leaving it to the other", previous.sagaId());
				return null;
			}
			throw ex;
		}
		if (record != null) {
			outbox.sendCommitted(record);
		}
		if (inFlight && !dueNow) {
			messages.sendLater(stored.sagaId(), Duration.between(clock.instant(), stored.dueAt()));
		}
		return stored;
	}

	/**
	 * The events of a transition as outbox entries; the service's items join the
	 * transaction.
	 */
	static <D> List<OutboxEntry> effects(SagaDefinition<D> definition, SagaTransition<D> transition,
			WriteTransaction transaction, SagaMessages messages) {
		SagaWrites writes = new SagaWrites(transaction);
		definition.onTransition(transition, writes);
		List<OutboxEntry> entries = new ArrayList<>();
		for (SagaWrites.QueuedEvent event : writes.events()) {
			entries.add(messages.entry(event.queue(), event.event()));
		}
		return entries;
	}

	private <D> List<OutboxEntry> effects(SagaDefinition<D> definition, SagaTransition<D> transition,
			WriteTransaction transaction) {
		return effects(definition, transition, transaction, messages);
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + (message == null ? "" : ": " + truncate(message));
	}

	private static String truncate(String text) {
		return text.length() > 200 ? text.substring(0, 200) : text;
	}

	/** A definition with its state machine. */
	record Kind<D>(SagaDefinition<D> definition, SagaTransitions transitions) {

		static Map<String, Kind<?>> index(List<SagaDefinition<?>> definitions, SagaPolicy policy) {
			Map<String, Kind<?>> kinds = new java.util.HashMap<>();
			for (SagaDefinition<?> definition : definitions) {
				Kind<?> kind = of(definition, policy);
				if (kinds.putIfAbsent(definition.type(), kind) != null) {
					throw new IllegalStateException("Two saga definitions of type " + definition.type());
				}
			}
			return Map.copyOf(kinds);
		}

		private static <D> Kind<D> of(SagaDefinition<D> definition, SagaPolicy policy) {
			return new Kind<>(definition, new SagaTransitions(definition.steps(), definition.pivot(), policy));
		}

	}

}
