package com.digitalbank.orders.order;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The campaign applied to an order, copied into the order when it is placed so that a
 * later change to the catalogue never changes what a customer was charged.
 */
@Schema(requiredProperties = { "code", "name", "discountPercent" })
public record Campaign(String code, String name, BigDecimal discountPercent) {
}
