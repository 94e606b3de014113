/**
 * {@code Idempotency-Key} for POSTs that move money, stock or create orders: the same key
 * and body replays the first response, another body is refused with 422, a request still
 * running answers 409. Records live in DynamoDB with a 24 h TTL. A key is reserved by one
 * conditional put before the handler runs, or, for handlers marked
 * {@link com.digitalbank.platform.idempotency.RecordsIdempotencyInTransaction}, written
 * only once, in the same transaction as the effect.
 */
package com.digitalbank.platform.idempotency;
