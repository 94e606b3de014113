package com.digitalbank.marketplace.purchase;

/**
 * Where a purchase stands for its buyer: {@code PENDING} while the saga runs (or
 * compensates), then {@code CONFIRMED} (paid, stock taken) or {@code FAILED} (nothing
 * kept: stock back, money never taken or returned).
 */
public enum PurchaseStatus {

	PENDING, CONFIRMED, FAILED

}
