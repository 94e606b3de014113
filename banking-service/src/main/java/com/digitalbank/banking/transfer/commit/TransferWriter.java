package com.digitalbank.banking.transfer.commit;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.banking.transfer.TransferRejectedException;
import com.digitalbank.platform.correlation.CorrelationId;
import com.digitalbank.platform.groupcommit.GroupWriter;
import com.digitalbank.platform.idempotency.IdempotencyContext;
import com.digitalbank.platform.messaging.MessageTracing;
import org.springframework.stereotype.Component;

/**
 * The one thread per instance that commits transfers: it takes every transfer waiting at
 * that moment, up to {@code maxBatch}, and hands them to {@link GroupCommit} together.
 * Contention on a hot account becomes batching instead of version conflicts. A transfer
 * the writer cannot take (it is stopping) is refused as busy.
 */
@Component
public class TransferWriter extends GroupWriter<PendingTransfer> {

	private final MessageTracing tracing;

	TransferWriter(GroupCommit groupCommit, TransferProperties properties, MessageTracing tracing) {
		super("transfer-writer", properties.maxBatch(), batch -> {
			groupCommit.process(batch);
			return List.of();
		}, TransferWriter::fail);
		this.tracing = tracing;
	}

	/**
	 * Queues the transfer; the future completes once it committed or was refused. Called
	 * on the request's thread, which is where its correlation id, trace and idempotency
	 * claim are taken from.
	 */
	public CompletableFuture<Transfer> submit(TransferCommand command) {
		return submit(new PendingTransfer(command, CorrelationId.current(), tracing.current(),
				IdempotencyContext.currentClaim()));
	}

	CompletableFuture<Transfer> submit(PendingTransfer pending) {
		enqueue(pending);
		return pending.result();
	}

	/**
	 * Busy whatever the reason: the writer stopping, or a group that failed unexpectedly
	 * (logged by the writer), whose transfers may or may not have committed. Either way a
	 * retry under the same Idempotency-Key is safe: it finds the transfer if it did.
	 */
	private static void fail(PendingTransfer pending, RuntimeException reason) {
		pending.fail(new TransferRejectedException.Busy());
	}

}
