/**
 * Sagas over DynamoDB and SQS: a service defines the steps and compensations of a long
 * business process, the platform persists its state before each step (changed only by
 * conditional writes on a version), drives it by messages on the service's saga queue and
 * sweeps up sagas whose message was lost. See
 * {@link com.digitalbank.platform.saga.Sagas}.
 */
package com.digitalbank.platform.saga;
