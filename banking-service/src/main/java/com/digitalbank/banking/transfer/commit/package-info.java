/**
 * Group commit, the machinery behind {@code TransferManagement.transfer}: one writer per
 * instance takes the transfers waiting at that moment, plans them in arrival order on one
 * consistent snapshot of their accounts, and commits them in one DynamoDB transaction
 * with their ledger entries, transfer records and idempotency records.
 */
package com.digitalbank.banking.transfer.commit;
