package com.digitalbank.platform.messaging;

/**
 * Handles one message of a batch. Throwing marks only this message as failed: it becomes
 * visible again after a backoff and goes to the dead-letter queue after its last receive.
 * Handlers must be idempotent: delivery is at least once.
 */
@FunctionalInterface
public interface MessageHandler {

	void handle(IncomingMessage message) throws Exception;

}
