package com.digitalbank.agent.assistant.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

import com.digitalbank.agent.assistant.PendingAction;

/** What will happen on a yes: the page shows it with confirm and cancel buttons. */
@Schema(requiredProperties = { "actionId", "kind", "summary", "amount", "currency", "payee" })
record PendingConfirmationResponse(String actionId, String kind, String summary, BigDecimal amount, String currency,
		String payee, String maskedAccount) {

	static PendingConfirmationResponse from(PendingAction action) {
		return action == null ? null : new PendingConfirmationResponse(action.actionId(), action.kind(),
				action.summary(), action.amount(), action.currency(), action.payee(), action.maskedAccount());
	}

}
