package com.digitalbank.platform.deadletter;

import java.util.List;

/**
 * The messages waiting in a queue's dead-letter queue, at most the requested number, and
 * how many it holds in all (approximately).
 */
public record DeadLetterListing(String queue, String deadLetterQueue, int deadLetterMessages,
		List<DeadLetter> messages) {

}
