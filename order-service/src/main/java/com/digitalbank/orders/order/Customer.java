package com.digitalbank.orders.order;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Who placed the order and receives its confirmation; {@code taxId} (RFC) goes on the
 * invoice.
 */
@Schema(requiredProperties = { "name", "email" })
public record Customer(String name, String email, String phone, String taxId) {
}
