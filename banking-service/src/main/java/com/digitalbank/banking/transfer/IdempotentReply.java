package com.digitalbank.banking.transfer;

import java.util.function.Function;

import com.digitalbank.platform.idempotency.IdempotencyStore;
import com.digitalbank.platform.idempotency.StoredResponse;

/**
 * The caller's idempotency claim and the response it will get, so the record commits in
 * the same transaction as the money: a crash after the commit still replays the 201.
 */
public record IdempotentReply(IdempotencyStore.Claim claim, Function<Transfer, StoredResponse> response) {
}
