package com.digitalbank.orders.order;

import java.time.Instant;

/** One step of an order's history: who moved it to which status, when. */
public record StatusChange(OrderStatus status, Instant changedAt, String changedBy) {
}
