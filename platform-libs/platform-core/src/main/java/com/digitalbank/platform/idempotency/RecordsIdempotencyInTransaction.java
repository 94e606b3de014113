package com.digitalbank.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler whose effect stores its idempotency record in its own DynamoDB transaction
 * (money moving, for example): the key is not reserved before the handler runs, which
 * saves one write per request. The handler itself knows nothing of it: the code that
 * commits the effect takes the request's claim
 * ({@link IdempotencyContext#currentClaim()}) and adds the record to its transaction
 * ({@link IdempotencyStore#recordCreatedInTransaction}) with the id of what it created. A
 * used key fails that item's condition; the effect then throws
 * {@link IdempotencyKeyTakenException} and the caller gets the first request's outcome.
 * <p>
 * Every success of such a handler must be {@link #status()} with the {@link #location()}
 * of what it created, and must have committed the record: the filter stores nothing after
 * a success. A replay answers that status and location with the representation a GET of
 * the location returns, rendered by the service's own GET handler. Refusals (404, 409,
 * 422) are stored after the handler, on the condition that the key is still free. Because
 * the handler runs before the key is looked at, a request under a used key gets the
 * handler's own answer when that is not a business outcome: 400 for an invalid body (not
 * 422 {@code IDEMPOTENCY_KEY_REUSED}), 503 while the service is busy.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RecordsIdempotencyInTransaction {

	/** Where what the handler created is read, with an {@code {id}} placeholder. */
	String location();

	/** The status of a success. */
	int status() default 201;

}
