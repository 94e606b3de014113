/**
 * The agents' SQS listeners, one queue (and dead-letter queue) each, and the messages the
 * pipeline sends, declared for the AsyncAPI document.
 */
package com.digitalbank.agent.builder.messaging;
