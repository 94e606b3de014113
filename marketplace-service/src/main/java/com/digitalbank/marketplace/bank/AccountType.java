package com.digitalbank.marketplace.bank;

/** The kinds of account a buyer can pay from; points depend on it. */
public enum AccountType {

	CHECKING, SAVINGS

}
