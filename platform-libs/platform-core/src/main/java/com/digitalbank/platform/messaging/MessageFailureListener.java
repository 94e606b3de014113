package com.digitalbank.platform.messaging;

import org.springframework.messaging.Message;

/**
 * Told about every message a handler failed, on the listener's thread, before the message
 * is backed off: the place to remember why a message is about to be dead-lettered. It
 * must be quick and must not throw; the batch goes on whatever it does.
 */
@FunctionalInterface
public interface MessageFailureListener {

	MessageFailureListener NONE = (message, receiveCount, failure) -> {
	};

	void onFailure(Message<String> message, int receiveCount, Exception failure);

}
