package com.digitalbank.orders.order.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Writes one group of {@link PendingWrite}s, each on a different item: one
 * {@code TransactWriteItems} for all of them and one consistent {@code BatchGetItem} for
 * the items the callers want back, where each alone would have been one {@code PutItem}
 * or {@code UpdateItem}. A group of one is that call. A refused condition cancels the
 * whole transaction and names the update whose condition failed: that one is answered,
 * the others go again in the next group.
 */
class WriteGroup {

	private static final Logger log = LoggerFactory.getLogger(WriteGroup.class);

	static final String CONDITION_FAILED = "ConditionalCheckFailed";

	/**
	 * The reasons of a write that did nothing wrong: cancelled with the others, or in a
	 * conflict with another writer of its item.
	 */
	private static final Set<String> NOT_ITS_FAULT = Set.of("None", "null", "TransactionConflict");

	private final DynamoDbClient dynamoDb;

	private final LoneWrite lone;

	WriteGroup(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
		this.lone = new LoneWrite(dynamoDb);
	}

	/** Answers each write it could decide and returns the ones to send again. */
	List<PendingWrite> write(List<PendingWrite> group) {
		if (group.size() == 1) {
			lone.write(group.get(0));
			return List.of();
		}
		List<TransactWriteItem> items = new ArrayList<>(group.size());
		for (PendingWrite write : group) {
			items.add(answeringOnFailure(write.write()));
		}
		try {
			dynamoDb.transactWriteItems(transaction -> transaction.transactItems(items));
		}
		catch (TransactionCanceledException ex) {
			return cancelled(group, ex);
		}
		catch (RuntimeException ex) {
			log.warn("A group of {} writes failed; each is written alone", group.size(), ex);
			group.forEach(lone::write);
			return List.of();
		}
		answerApplied(group);
		return List.of();
	}

	/**
	 * The reasons come in the order of the writes: a failed condition is that write's
	 * answer; a write with an error of its own is written alone, so that the error is its
	 * own; the others did nothing and go in the next group (after a conflict with another
	 * writer too), or alone once they were cancelled a few times: a write never fails
	 * because of the others.
	 */
	private List<PendingWrite> cancelled(List<PendingWrite> group, TransactionCanceledException ex) {
		List<CancellationReason> reasons = ex.hasCancellationReasons() ? ex.cancellationReasons() : List.of();
		if (reasons.size() != group.size()) {
			group.forEach(lone::write);
			return List.of();
		}
		List<PendingWrite> again = new ArrayList<>();
		for (int i = 0; i < group.size(); i++) {
			PendingWrite write = group.get(i);
			CancellationReason reason = reasons.get(i);
			if (CONDITION_FAILED.equals(reason.code())) {
				write.complete(new WriteOutcome.Refused(reason.hasItem() ? reason.item() : Map.of()));
			}
			else if (!NOT_ITS_FAULT.contains(String.valueOf(reason.code()))
					|| write.attempts() >= OrderWriter.MAX_ATTEMPTS) {
				lone.write(write);
			}
			else {
				again.add(write.retried());
			}
		}
		return again;
	}

	/**
	 * Reads the items the callers asked for after their updates applied. A failed read
	 * leaves them empty: the caller reads its item alone, its update stands.
	 */
	private void answerApplied(List<PendingWrite> group) {
		List<PendingWrite> reading = group.stream().filter(PendingWrite::read).toList();
		Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = Map.of();
		if (!reading.isEmpty()) {
			try {
				items = read(reading.get(0).table(), reading.stream().map(PendingWrite::key).toList());
			}
			catch (RuntimeException ex) {
				log.warn("Could not read {} claimed orders together; each is read alone", reading.size(), ex);
			}
		}
		for (PendingWrite write : group) {
			write.complete(
					new WriteOutcome.Applied(write.read() ? items.getOrDefault(write.key(), Map.of()) : Map.of()));
		}
	}

	private Map<Map<String, AttributeValue>, Map<String, AttributeValue>> read(String table,
			List<Map<String, AttributeValue>> keys) {
		Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = new HashMap<>();
		Map<String, KeysAndAttributes> pending = Map.of(table,
				KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
		for (int round = 0; round < OrderWriter.MAX_ATTEMPTS && !pending.isEmpty(); round++) {
			var asked = pending;
			var response = dynamoDb.batchGetItem(get -> get.requestItems(asked));
			for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
				items.put(Map.of(OrderKeys.PK, item.get(OrderKeys.PK), OrderKeys.SK, item.get(OrderKeys.SK)), item);
			}
			pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
		}
		return items;
	}

	/** Only an update's refusal is worth its item: it says what held the claim. */
	private static TransactWriteItem answeringOnFailure(TransactWriteItem write) {
		if (write.update() == null) {
			return write;
		}
		return write.toBuilder()
			.update(write.update()
				.toBuilder()
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
				.build())
			.build();
	}

}
