package com.digitalbank.agent.assistant;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.digitalbank.agent.assistant.AssistantTools.TransferPreparation;

/**
 * Prepares a transfer by alias: crm resolves the alias (asking back on {@code AMBIGUOUS}
 * or {@code NONE}), a beneficiary with only a CLABE is at another bank and cannot be paid
 * from here, and the money leaves the user's checking account when it covers the amount,
 * else the account holding the most in the currency.
 */
final class TransferPreparing {

	static final String CURRENCY = "MXN";

	private final BankServices services;

	private final ToolCalls calls;

	private final Clock clock;

	TransferPreparing(BankServices services, ToolCalls calls, Clock clock) {
		this.services = services;
		this.calls = calls;
		this.clock = clock;
	}

	TransferPreparation prepare(String alias, BigDecimal amount) {
		if (alias == null || alias.isBlank()) {
			return answer("NEEDS_BENEFICIARY", alias, amount, null, null, List.of(), null);
		}
		if (amount == null) {
			return answer("NEEDS_AMOUNT", alias, null, null, null, List.of(), null);
		}
		if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			return answer("INVALID_AMOUNT", alias, amount, null, null, List.of(), null);
		}
		BankServices.Resolution resolution = services.resolve(alias);
		if (!resolution.resolved()) {
			List<String> names = resolution.candidates().stream().map(BankServices.Candidate::name).limit(3).toList();
			return answer(resolution.candidates().isEmpty() ? "NOT_FOUND" : "AMBIGUOUS", alias, amount, null, null,
					names, null);
		}
		BankServices.Beneficiary beneficiary = services.beneficiary(resolution.candidates().getFirst().beneficiaryId());
		if (beneficiary.accountId() == null || beneficiary.accountId().isBlank()) {
			return answer("OTHER_BANK", alias, amount, beneficiary.name(), PendingAction.mask(beneficiary.clabe()),
					List.of(), null);
		}
		Optional<BankServices.Account> source = AssistantTools.payingAccount(services.accounts(), CURRENCY, amount);
		if (source.isEmpty()) {
			return answer("NO_ACCOUNT", alias, amount, beneficiary.name(), null, List.of(), null);
		}
		PendingAction action = PendingAction.transfer(amount.setScale(2), CURRENCY, beneficiary.name(),
				beneficiary.accountId(), shownAccount(beneficiary), source.get(), calls.spanish(), clock.instant());
		calls.prepared(action);
		return answer("AWAITING_CONFIRMATION", alias, action.amount(), beneficiary.name(), action.maskedAccount(),
				List.of(), action.actionId());
	}

	private static TransferPreparation answer(String status, String alias, BigDecimal amount, String payee,
			String masked, List<String> candidates, String actionId) {
		return new TransferPreparation(status, alias, amount, CURRENCY, payee, masked, candidates, actionId);
	}

	private static String shownAccount(BankServices.Beneficiary beneficiary) {
		return beneficiary.clabe() == null || beneficiary.clabe().isBlank() ? beneficiary.accountId()
				: beneficiary.clabe();
	}

}
