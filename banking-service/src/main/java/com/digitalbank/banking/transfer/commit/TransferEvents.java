package com.digitalbank.banking.transfer.commit;

import java.util.List;

import com.digitalbank.banking.transfer.TransferCompleted;
import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Announces committed transfers: one batched send per commit, off the writer thread. The
 * money has moved whatever happens here: a lost event is logged, never turned into a
 * failed transfer.
 */
@Component
class TransferEvents {

	private static final Logger log = LoggerFactory.getLogger(TransferEvents.class);

	private final EventPublisher events;

	private final String queue;

	TransferEvents(EventPublisher events, TransferProperties properties) {
		this.events = events;
		this.queue = properties.eventsQueue();
	}

	void announce(List<TransferPlan.Planned> planned, List<PendingTransfer> pending) {
		List<OutgoingEvent> completed = planned.stream()
			.map(transfer -> OutgoingEvent.of(TransferCompleted.TYPE, TransferCompleted.from(transfer.transfer()))
				.forUser(transfer.transfer().userId())
				.correlatedWith(PendingTransfer.of(pending, transfer.command()).correlationId()))
			.toList();
		Thread.startVirtualThread(() -> {
			try {
				events.publishAll(queue, completed);
			}
			catch (RuntimeException ex) {
				log.error("{} transfers committed but their events were not all published", completed.size(), ex);
			}
		});
	}

}
