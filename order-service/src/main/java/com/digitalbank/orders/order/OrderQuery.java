package com.digitalbank.orders.order;

import java.time.Instant;

/**
 * One page of a tenant's orders, newest first: optionally only one status and only orders
 * created within {@code [from, to]}. {@code startAt} is the opaque value the previous
 * page returned.
 */
public record OrderQuery(int pageSize, String startAt, OrderStatus status, Instant from, Instant to) {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

}
