package com.digitalbank.banking.transfer.commit;

import java.util.List;

import com.digitalbank.banking.transfer.TransferCompleted;
import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxEntry;
import com.digitalbank.platform.outbox.OutboxRecord;
import org.springframework.stereotype.Component;

/**
 * Announces transfers through the outbox: each transfer's {@code TRANSFER_COMPLETED} is
 * prepared before the batch commits, recorded by the same transaction, and sent once it
 * committed (by the relay if this instance cannot), so a committed transfer is always
 * announced and an uncommitted one never.
 */
@Component
class TransferEvents {

	private final Outbox outbox;

	private final String queue;

	TransferEvents(Outbox outbox, TransferProperties properties) {
		this.outbox = outbox;
		this.queue = properties.eventsQueue();
	}

	/** One event per planned transfer, with its request's correlation id and trace. */
	List<OutboxEntry> prepare(List<TransferPlan.Planned> planned, List<PendingTransfer> pending) {
		return planned.stream().map(transfer -> {
			PendingTransfer request = PendingTransfer.of(pending, transfer.command());
			return outbox.prepare(queue,
					OutgoingEvent.of(TransferCompleted.TYPE, TransferCompleted.from(transfer.transfer()))
						.forUser(transfer.transfer().userId())
						.correlatedWith(request.correlationId())
						.continuing(request.trace()));
		}).toList();
	}

	void committed(OutboxRecord recorded) {
		outbox.sendCommitted(recorded);
	}

}
