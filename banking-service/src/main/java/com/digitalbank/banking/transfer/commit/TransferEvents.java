package com.digitalbank.banking.transfer.commit;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferCompleted;
import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxEntry;
import com.digitalbank.platform.outbox.RecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Announces transfers through the outbox: each transfer's {@code TRANSFER_COMPLETED} is
 * prepared before the batch commits, stored in its transfer record by the same
 * transaction, and sent once the transaction committed (by the relay if this instance
 * cannot), so a committed transfer is always announced and an uncommitted one never.
 */
@Component
class TransferEvents {

	private final Outbox outbox;

	private final String queue;

	TransferEvents(Outbox outbox, TransferProperties properties) {
		this.outbox = outbox;
		this.queue = properties.eventsQueue();
	}

	/**
	 * One event per planned transfer, by command identity (two commands may be equal).
	 */
	Map<TransferCommand, OutboxEntry> prepare(List<TransferPlan.Planned> planned, List<PendingTransfer> pending) {
		Map<TransferCommand, OutboxEntry> entries = new IdentityHashMap<>();
		for (TransferPlan.Planned transfer : planned) {
			OutgoingEvent completed = OutgoingEvent
				.of(TransferCompleted.TYPE, TransferCompleted.from(transfer.transfer()))
				.forUser(transfer.transfer().userId())
				.correlatedWith(PendingTransfer.of(pending, transfer.command()).correlationId());
			entries.put(transfer.command(), outbox.prepare(queue, completed));
		}
		return entries;
	}

	void committed(List<RecordedEvent> recorded) {
		outbox.sendCommitted(recorded);
	}

}
