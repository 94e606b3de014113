/**
 * Background passes a bean runs while the application runs: the outbox relay, the saga
 * sweeper.
 */
package com.digitalbank.platform.periodic;
