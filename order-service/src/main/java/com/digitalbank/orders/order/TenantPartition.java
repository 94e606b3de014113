package com.digitalbank.orders.order;

/**
 * A tenant's partition of the orders table: the one part of the table's key layout that
 * other features may build on, so that anything they keep per tenant stays in one
 * partition beside the tenant's orders. How orders themselves are keyed and indexed stays
 * inside this feature's persistence adapter.
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
