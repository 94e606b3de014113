package com.digitalbank.orders.order;

/**
 * A tenant's partition of the orders table: the one part of the table's key layout that
 * other features may build on. The notification step keeps its per-order markers here,
 * beside the tenant's orders and under sort keys of its own, so everything of one tenant
 * stays in one partition. How orders themselves are keyed and indexed stays inside this
 * feature's persistence adapter.
 */
public record TenantPartition(String tenantId) {

	/** The table's partition key attribute. */
	public static final String PARTITION_KEY = "PK";

	/** The table's sort key attribute. */
	public static final String SORT_KEY = "SK";

	/** The partition key value shared by everything of this tenant. */
	public String key() {
		return "TENANT#" + tenantId;
	}

}
