/**
 * Payments for the marketplace's purchase saga: debit a user's account, credit the
 * merchant settlement account; refund at most once. Both idempotent by the saga's
 * {@code paymentId}.
 */
package com.digitalbank.banking.payment;
