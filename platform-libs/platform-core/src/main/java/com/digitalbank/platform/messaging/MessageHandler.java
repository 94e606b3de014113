package com.digitalbank.platform.messaging;

/**
 * Handles one message of a batch. Throwing marks only this message as failed: it becomes
 * visible again after a backoff and goes to the dead-letter queue after its last receive.
 * Handlers must be idempotent: delivery is at least once. They must also be safe to run
 * at the same time as the batch's other messages (each on its own virtual thread), except
 * for messages of one FIFO message group, which run one after another in order.
 */
@FunctionalInterface
public interface MessageHandler {

	void handle(IncomingMessage message) throws Exception;

}
