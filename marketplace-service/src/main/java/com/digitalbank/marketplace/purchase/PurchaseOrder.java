package com.digitalbank.marketplace.purchase;

import com.digitalbank.marketplace.benefit.BenefitChoice;
import com.digitalbank.marketplace.catalog.ProductId;

/** What a buyer asks to buy; {@code benefit} is null for none. */
public record PurchaseOrder(ProductId productId, int quantity, String accountId, BenefitChoice benefit) {
}
