package com.digitalbank.agent.assistant;

/** What a user's message asks for, as the offline model reads it. */
public enum Intent {

	BALANCE, MOVEMENTS, TRANSFER, BENEFICIARIES, CATALOG, BENEFITS, PURCHASE, PURCHASE_STATUS, CONFIRM, CANCEL, HELP

}
