package com.digitalbank.orders.order;

/** How the customer pays. */
public enum PaymentMethod {

	CARD, BANK_TRANSFER, CASH_ON_DELIVERY

}
