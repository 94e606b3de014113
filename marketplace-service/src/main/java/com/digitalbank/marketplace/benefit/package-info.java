/**
 * What a purchase earns besides the product: retailer cashback, points by the paying
 * account's type, and months-without-interest plans, quoted with one rounding rule.
 */
package com.digitalbank.marketplace.benefit;
