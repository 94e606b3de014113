package com.digitalbank.platform.outbox;

import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;

/**
 * The sparse index of events not yet sent. Only an item that holds a pending outbox entry
 * has the index's keys, so the index holds exactly the events waiting, oldest first per
 * shard, however large the table.
 */
public final class OutboxIndex {

	public static final String NAME = "outbox-pending";

	static final String SHARD = "outboxShard";

	static final String RECORDED_AT = "outboxAt";

	private OutboxIndex() {
	}

	/** The table, able to hold outbox entries in its items. */
	public static TableDeclaration on(TableDeclaration table) {
		return table.withIndex(NAME, KeyAttribute.string(SHARD), KeyAttribute.string(RECORDED_AT));
	}

	static boolean isOn(TableDeclaration table) {
		return table.globalIndexes().stream().anyMatch(index -> NAME.equals(index.name()));
	}

}
