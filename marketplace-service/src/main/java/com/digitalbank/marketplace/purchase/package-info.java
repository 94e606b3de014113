/**
 * Purchases and the saga that carries each to {@code CONFIRMED} or {@code FAILED}: stock
 * reserved, paid through banking, confirmed, cashback credited; or the payment voided and
 * the stock released, and the buyer told.
 */
package com.digitalbank.marketplace.purchase;
