/**
 * Banking over HTTP: its API as interface clients, how they authenticate, and the
 * retries, circuit breaker and translation of answers around them.
 */
package com.digitalbank.marketplace.bank.client;
