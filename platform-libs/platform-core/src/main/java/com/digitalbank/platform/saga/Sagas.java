package com.digitalbank.platform.saga;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.outbox.OutboxEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a service begins and reads its sagas.
 *
 * <pre>{@code
 * WriteTransaction transaction = new WriteTransaction();
 * stock.addReservation(transaction, ...);                  // the first effect, if any
 * List<OutboxEntry> events = sagas.begin(transaction, purchases, purchaseId, data);
 * OutboxRecord record = outbox.addTo(transaction, events, null);
 * transactions.commit(transaction);
 * outbox.sendCommitted(record);
 * }</pre>
 *
 * The entries hold the message that starts the saga on the service's saga queue, so the
 * saga starts if and only if the transaction commits.
 */
public class Sagas {

	private final SagaStore store;

	private final SagaMessages messages;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	Sagas(SagaStore store, SagaMessages messages, JsonMapper jsonMapper, Clock clock) {
		this.store = store;
		this.messages = messages;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * Adds a new saga to the transaction (which fails if {@code sagaId} exists) with what
	 * its definition writes when a saga begins, and answers the outbox entries to record
	 * in the same transaction.
	 */
	public <D> List<OutboxEntry> begin(WriteTransaction transaction, SagaDefinition<D> definition, String sagaId,
			D data) {
		SagaState state = SagaState.begin(sagaId, definition.type(), jsonMapper.valueToTree(data), clock.instant())
			.nextVersion();
		store.addNew(transaction, state);
		List<OutboxEntry> entries = new ArrayList<>(
				SagaDriver.effects(definition, new SagaTransition<>(null, state, data), transaction, messages));
		entries.add(messages.due(sagaId));
		return entries;
	}

	/** The saga as stored now (strongly consistent). */
	public Optional<SagaState> find(String sagaId) {
		return store.find(sagaId);
	}

	/** A saga's data as its definition's type. */
	public <D> D data(SagaState state, Class<D> type) {
		return jsonMapper.treeToValue(state.data(), type);
	}

}
