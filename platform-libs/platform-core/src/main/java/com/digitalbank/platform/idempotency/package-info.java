/**
 * {@code Idempotency-Key} for POSTs that move money, stock or create orders: the same key
 * and body replays the first response, another body is refused with 422, a request still
 * running answers 409. Records live in DynamoDB with a 24 h TTL and are claimed by one
 * conditional put.
 */
package com.digitalbank.platform.idempotency;
