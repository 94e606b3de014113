package com.digitalbank.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method that stores its idempotency record in the same DynamoDB transaction
 * as its effect ({@link IdempotencyContext#currentClaim()},
 * {@link IdempotencyStore#completionInTransaction}). The key is then not reserved before
 * the handler runs, which saves one write per request: the transaction's condition finds
 * a key that was used, and the handler throws {@link IdempotencyKeyTakenException}. Only
 * for handlers whose every effect is in that transaction.
 * <p>
 * The handler must take its claim from {@link IdempotencyContext#currentClaim()}, call
 * {@link IdempotencyContext#completedInTransaction()} after its commit, and let
 * {@link IdempotencyKeyTakenException} propagate. Because the handler runs before the key
 * is looked at, a request under a used key gets the handler's own answer when that is not
 * a business outcome: 400 for an invalid body (not 422 {@code IDEMPOTENCY_KEY_REUSED}),
 * 503 while the service is busy (not the replay).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RecordsIdempotencyInTransaction {

}
