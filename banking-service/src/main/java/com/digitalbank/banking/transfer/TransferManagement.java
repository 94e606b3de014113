package com.digitalbank.banking.transfer;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.digitalbank.banking.transfer.commit.TransferWriter;
import com.digitalbank.banking.transfer.persistence.TransferStore;
import org.springframework.stereotype.Service;

/**
 * Moves money: hands the transfer to the writer and waits for its commit. Payments and
 * refunds come through here too.
 */
@Service
public class TransferManagement {

	private final TransferWriter writer;

	private final TransferStore transfers;

	private final TransferProperties properties;

	TransferManagement(TransferWriter writer, TransferStore transfers, TransferProperties properties) {
		this.writer = writer;
		this.transfers = transfers;
		this.properties = properties;
	}

	/** The committed transfer, or the business rule that refused it. */
	public Transfer transfer(TransferCommand command) {
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

	/** A transfer the user initiated; anyone else's is not found. */
	public Transfer find(String userId, TransferId transferId) {
		return transfers.find(transferId)
			.filter(transfer -> transfer.userId().equals(userId))
			.orElseThrow(() -> new TransferNotFoundException(transferId));
	}

	/** Any transfer by id, for features that check access themselves. */
	public Optional<Transfer> lookup(TransferId transferId) {
		return transfers.find(transferId);
	}

}
