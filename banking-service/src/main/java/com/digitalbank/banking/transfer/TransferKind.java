package com.digitalbank.banking.transfer;

/**
 * Why money moved: a user's transfer, a marketplace payment, its refund, or the cashback
 * a purchase earned.
 */
public enum TransferKind {

	TRANSFER, PAYMENT, REFUND, CASHBACK

}
