package com.digitalbank.platform.deadletter;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** The service declares no queue, nor dead-letter queue, of this name. */
class UnknownQueueException extends BusinessException {

	static final String CODE = "QUEUE_NOT_FOUND";

	UnknownQueueException(String queue) {
		super(ErrorKind.NOT_FOUND, CODE, "This service declares no queue named '" + shortened(queue) + "'.");
	}

	private static String shortened(String queue) {
		return queue.length() > 80 ? queue.substring(0, 80) + "…" : queue;
	}

}
