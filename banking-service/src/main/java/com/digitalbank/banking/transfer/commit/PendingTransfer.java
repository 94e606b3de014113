package com.digitalbank.banking.transfer.commit;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.platform.idempotency.IdempotencyStore;
import com.digitalbank.platform.messaging.TraceHeaders;

/**
 * A transfer waiting for the writer, with what it carries from its request: the
 * correlation id and trace for its event and, when the request was keyed, the idempotency
 * claim whose record commits with it.
 */
record PendingTransfer(TransferCommand command, CompletableFuture<Transfer> result, String correlationId,
		TraceHeaders trace, Optional<IdempotencyStore.Claim> claim) {

	PendingTransfer(TransferCommand command, String correlationId, TraceHeaders trace,
			Optional<IdempotencyStore.Claim> claim) {
		this(command, new CompletableFuture<>(), correlationId, trace, claim);
	}

	/** Outside a traced request: its event starts a trace of its own. */
	PendingTransfer(TransferCommand command, String correlationId, Optional<IdempotencyStore.Claim> claim) {
		this(command, correlationId, TraceHeaders.NONE, claim);
	}

	/** The caller-scoped idempotency key, when the request had one. */
	Optional<String> requestKey() {
		return claim.map(IdempotencyStore.Claim::id);
	}

	/** The one waiting for this very command (by identity: two may be equal). */
	static PendingTransfer of(List<PendingTransfer> pending, TransferCommand command) {
		return pending.stream().filter(p -> p.command() == command).findFirst().orElseThrow();
	}

	void complete(Transfer transfer) {
		result.complete(transfer);
	}

	void fail(RuntimeException reason) {
		result.completeExceptionally(reason);
	}

}
