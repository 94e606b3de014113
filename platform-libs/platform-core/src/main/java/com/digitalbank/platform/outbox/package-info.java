/**
 * The transactional outbox: an event that follows a state change is written in the same
 * DynamoDB transaction as the change and sent to SQS at least once afterwards, by the
 * writer right after its commit and, for anything left behind by a crash or an SQS
 * outage, by a relay that any number of instances may run.
 */
package com.digitalbank.platform.outbox;
