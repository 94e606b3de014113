package com.digitalbank.platform.idempotency;

/** What the table holds for a key: who is running it, or what it answered. */
record IdempotencyRecord(String id, String requestHash, boolean completed, StoredResponse response) {
}
