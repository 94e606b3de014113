package com.digitalbank.banking.transfer;

/** Why money moved: a user's transfer, a marketplace payment, or its refund. */
public enum TransferKind {

	TRANSFER, PAYMENT, REFUND

}
