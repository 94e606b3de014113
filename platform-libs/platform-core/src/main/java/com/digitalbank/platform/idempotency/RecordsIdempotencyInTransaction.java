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
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RecordsIdempotencyInTransaction {

}
