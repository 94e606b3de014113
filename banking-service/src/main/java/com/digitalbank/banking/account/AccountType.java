package com.digitalbank.banking.account;

/** What an account is for; settlement accounts collect marketplace payments. */
public enum AccountType {

	CHECKING, SAVINGS, SETTLEMENT

}
