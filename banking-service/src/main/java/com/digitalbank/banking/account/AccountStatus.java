package com.digitalbank.banking.account;

/** Only active accounts send or receive money. */
public enum AccountStatus {

	ACTIVE, FROZEN, CLOSED

}
