package com.digitalbank.banking.transfer;

/**
 * Why money moved: a user's transfer, a marketplace payment, its refund, the cashback a
 * purchase earned, or that cashback taken back because the payment was refunded.
 */
public enum TransferKind {

	TRANSFER, PAYMENT, REFUND, CASHBACK, CASHBACK_REVERSAL

}
