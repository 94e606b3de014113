package com.digitalbank.crm.beneficiary;

import java.time.Instant;
import java.util.List;

import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxRecord;
import org.springframework.stereotype.Component;

/**
 * Commits a beneficiary's transaction with its event in the outbox, sends the event once
 * committed (the outbox relay does if this instance cannot), and reads a cancellation as
 * the refusal it stands for.
 */
@Component
class BeneficiaryCommits {

	static final Object IDEMPOTENCY_RECORD = "idempotency record";

	private static final Object OUTBOX_RECORD = "outbox record";

	private final WriteTransactions transactions;

	private final Outbox outbox;

	private final String queue;

	BeneficiaryCommits(WriteTransactions transactions, Outbox outbox, BeneficiaryProperties properties) {
		this.transactions = transactions;
		this.outbox = outbox;
		this.queue = properties.eventsQueue();
	}

	void commit(WriteTransaction transaction, String eventType, Beneficiary beneficiary, Instant at) {
		OutboxRecord event = outbox.addTo(transaction, List.of(outbox.prepare(queue,
				OutgoingEvent.of(eventType, BeneficiaryChanged.of(beneficiary, at)).forUser(beneficiary.userId()))),
				OUTBOX_RECORD);
		try {
			transactions.commit(transaction);
		}
		catch (TransactionCancelledException ex) {
			throw refusal(ex);
		}
		outbox.sendCommitted(event);
	}

	/**
	 * A used key first: the request is then answered as the one that used it. A taken
	 * alias or CLABE next, then the limit; anything else means the beneficiary changed
	 * meanwhile.
	 */
	private static RuntimeException refusal(TransactionCancelledException ex) {
		List<TransactionCancelledException.Failure> failed = ex.failures()
			.stream()
			.filter(TransactionCancelledException.Failure::conditionFailed)
			.toList();
		if (failed.stream().anyMatch(failure -> failure.tag() == IDEMPOTENCY_RECORD)) {
			return new IdempotencyKeyTakenException();
		}
		for (TransactionCancelledException.Failure failure : failed) {
			if (failure.tag() instanceof BeneficiaryItem item && item.kind() == BeneficiaryItem.Kind.ALIAS) {
				return new BeneficiaryRejectedException.AliasTaken(item.value());
			}
			if (failure.tag() instanceof BeneficiaryItem item && item.kind() == BeneficiaryItem.Kind.CLABE) {
				return new BeneficiaryRejectedException.ClabeTaken();
			}
			if (failure.tag() instanceof BeneficiaryItem item && item.kind() == BeneficiaryItem.Kind.COUNT) {
				return new BeneficiaryRejectedException.LimitReached();
			}
		}
		return new BeneficiaryRejectedException.ChangedMeanwhile();
	}

}
