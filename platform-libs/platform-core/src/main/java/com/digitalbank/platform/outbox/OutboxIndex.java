package com.digitalbank.platform.outbox;

import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;

/**
 * The outbox table and its index of records by shard and age, which the relay reads
 * oldest first. Shards spread a burst of records over several index partitions.
 */
final class OutboxIndex {

	static final String NAME = "outbox-by-age";

	static final String RECORD_ID = "recordId";

	static final String SHARD = "shard";

	static final String RECORDED_AT = "recordedAt";

	private OutboxIndex() {
	}

	static TableDeclaration table(String name) {
		return TableDeclaration.of(name, KeyAttribute.string(RECORD_ID))
			.withIndex(NAME, KeyAttribute.string(SHARD), KeyAttribute.string(RECORDED_AT));
	}

}
