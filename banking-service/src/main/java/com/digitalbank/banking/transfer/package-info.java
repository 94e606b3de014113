/**
 * Transfers: money moves between two accounts in one DynamoDB transaction with both
 * balances (version-checked), both ledger entries, the transfer record and the
 * idempotency record. A single writer per instance commits several transfers per
 * transaction (group commit), so a hot account does not turn concurrency into retries.
 */
package com.digitalbank.banking.transfer;
