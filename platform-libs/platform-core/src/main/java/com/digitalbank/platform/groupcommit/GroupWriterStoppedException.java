package com.digitalbank.platform.groupcommit;

/**
 * A {@link GroupWriter} did not take an item (it was not running) or stopped before it
 * could write it: nothing of the item was written.
 */
public class GroupWriterStoppedException extends IllegalStateException {

	GroupWriterStoppedException(String message) {
		super(message);
	}

}
