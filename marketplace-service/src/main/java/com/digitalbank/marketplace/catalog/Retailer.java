package com.digitalbank.marketplace.catalog;

/** A shop of the marketplace. */
public record Retailer(RetailerId retailerId, String name, String description, RetailerBenefits benefits) {
}
