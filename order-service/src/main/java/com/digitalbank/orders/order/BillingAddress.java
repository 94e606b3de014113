package com.digitalbank.orders.order;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A postal address as the seed's {@code BillingAddress}; the shipping address has the
 * same shape. {@code country} is ISO 3166-1 alpha-2.
 */
@Schema(requiredProperties = { "line1", "city", "postalCode", "country" })
public record BillingAddress(String line1, String line2, String city, String state, String postalCode, String country) {
}
