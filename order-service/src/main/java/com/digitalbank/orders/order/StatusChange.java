package com.digitalbank.orders.order;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One step of an order's history: who moved it to which status, when. */
@Schema(requiredProperties = { "status", "changedAt", "changedBy" })
public record StatusChange(OrderStatus status, Instant changedAt, String changedBy) {
}
