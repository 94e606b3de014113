/**
 * RFC 9457 problem responses for every failure: business rules, bad input of every kind,
 * security, and errors raised outside Spring MVC. Each carries a stable {@code code} and
 * the correlation id; never a stack trace, never a 500 for bad input.
 */
package com.digitalbank.platform.problem;
