package com.digitalbank.banking.history;

/** Money leaving (DEBIT) or entering (CREDIT) an account. */
public enum EntryType {

	DEBIT, CREDIT

}
