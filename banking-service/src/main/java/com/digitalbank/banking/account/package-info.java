/**
 * Accounts: a user's own accounts and their strongly consistent balances. Another user's
 * account answers 404 exactly like a missing one.
 */
package com.digitalbank.banking.account;
