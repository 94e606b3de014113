package com.digitalbank.platform.deadletter;

/**
 * SQS's approximate counts of a queue's messages: waiting to be received, received and
 * not yet deleted (in flight), and delayed.
 */
record QueueDepth(int waiting, int inFlight, int delayed) {

	int total() {
		return waiting + inFlight + delayed;
	}

}
