package com.digitalbank.orders.order;

/**
 * Who placed the order and receives its confirmation; {@code taxId} (RFC) goes on the
 * invoice.
 */
public record Customer(String name, String email, String phone, String taxId) {
}
