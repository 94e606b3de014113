package com.digitalbank.banking.transfer;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.digitalbank.banking.account.AccountManagement;
import com.digitalbank.banking.transfer.persistence.TransferStore;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves money: checks the caller owns the source account, hands the transfer to the writer,
 * waits for its commit and announces it. Payments and refunds come through here too.
 */
@Service
public class TransferManagement {

	public static final String EVENTS_QUEUE = "banking-events";

	private static final Logger log = LoggerFactory.getLogger(TransferManagement.class);

	private final AccountManagement accounts;

	private final TransferWriter writer;

	private final TransferStore transfers;

	private final EventPublisher events;

	private final TransferProperties properties;

	TransferManagement(AccountManagement accounts, TransferWriter writer, TransferStore transfers, EventPublisher events,
			TransferProperties properties) {
		this.accounts = accounts;
		this.writer = writer;
		this.transfers = transfers;
		this.events = events;
		this.properties = properties;
	}

	/** Moves money from an account the command's user owns. */
	public Transfer transfer(TransferCommand command) {
		accounts.ownedAccount(command.userId(), command.fromAccountId());
		return execute(command);
	}

	/** Moves money without an ownership check: for features that have already decided who may. */
	public Transfer execute(TransferCommand command) {
		Transfer transfer = await(command);
		announce(transfer);
		return transfer;
	}

	/** A transfer the user initiated; anyone else's is not found. */
	public Transfer find(String userId, String transferId) {
		return transfers.find(transferId)
			.filter(transfer -> transfer.userId().equals(userId))
			.orElseThrow(() -> new TransferNotFoundException(transferId));
	}

	/** Any transfer by id, for features that check access themselves. */
	public Optional<Transfer> lookup(String transferId) {
		return transfers.find(transferId);
	}

	private Transfer await(TransferCommand command) {
		try {
			return writer.submit(command).get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new TransferRejectedException.Busy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TransferRejectedException.Busy();
		}
	}

	/**
	 * The transfer has committed whatever happens here: a lost event is logged, never turned into
	 * a failed transfer.
	 */
	private void announce(Transfer transfer) {
		try {
			events.publish(EVENTS_QUEUE, OutgoingEvent.of(TransferCompleted.TYPE, TransferCompleted.from(transfer))
				.forUser(transfer.userId()));
		}
		catch (RuntimeException ex) {
			log.error("Transfer {} committed but its event was not published", transfer.transferId(), ex);
		}
	}

}
