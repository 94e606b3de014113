/**
 * Market data (seed 002): batches of ticks from SQS; a price above the high or below the
 * low threshold of its symbol becomes an alert, stored once per tick and published to the
 * alert channel (SNS in AWS, SQS locally).
 */
package com.digitalbank.banking.markets;
