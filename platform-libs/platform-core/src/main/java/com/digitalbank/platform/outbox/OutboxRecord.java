package com.digitalbank.platform.outbox;

import java.util.List;

/**
 * One item of the outbox table: the events one transaction recorded, sent together and
 * deleted once all of them went out.
 */
public record OutboxRecord(String recordId, List<OutboxEntry> entries) {

	public OutboxRecord {
		entries = List.copyOf(entries);
	}

}
