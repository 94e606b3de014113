/**
 * The ledger: one entry per account per money movement, with the balance after it, read
 * newest first in cursor pages.
 */
package com.digitalbank.banking.history;
