package com.digitalbank.agent.assistant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the assistant needs of banking, crm and the marketplace, always as the user whose
 * turn it is (their own token travels with each call). A service that does not answer is
 * {@link ServiceUnavailableException}; a definite refusal (a 4xx) is
 * {@link ServiceRefusedException}.
 */
public interface BankServices {

	List<Account> accounts();

	List<Movement> recentMovements(int limit);

	Resolution resolve(String alias);

	Beneficiary beneficiary(String beneficiaryId);

	List<Beneficiary> beneficiaries();

	List<Product> products(String query);

	Quote quote(String productId, int quantity, String accountId);

	Purchase purchase(String purchaseId);

	List<Purchase> purchases();

	TransferReceipt transfer(TransferOrder order, String idempotencyKey);

	Purchase buy(PurchaseOrder order, String idempotencyKey);

	/**
	 * @param accountNumber what the customer knows the account by; the id is the API's
	 */
	record Account(String accountId, String type, String currency, BigDecimal balance, String status,
			String accountNumber) {

		/** The account as shown to the user: the last four digits of its number. */
		public String shown() {
			return PendingAction.mask(accountNumber == null || accountNumber.isBlank() ? accountId : accountNumber);
		}

	}

	record Movement(String accountId, String type, BigDecimal amount, BigDecimal balanceAfter, Instant timestamp,
			String description) {
	}

	/**
	 * crm's answer: {@code EXACT | CONFIDENT} name one beneficiary, the others do not.
	 */
	record Resolution(String match, List<Candidate> candidates) {

		public boolean resolved() {
			return ("EXACT".equals(match) || "CONFIDENT".equals(match)) && !candidates.isEmpty();
		}

	}

	record Candidate(String beneficiaryId, String name, double score, String matchedAlias) {
	}

	/** A beneficiary at another bank has a CLABE and no account here. */
	record Beneficiary(String beneficiaryId, String name, List<String> aliases, String relationship, String clabe,
			String bank, String accountId) {
	}

	record Product(String productId, String retailerId, String name, String category, BigDecimal price, String currency,
			int stock) {
	}

	record Quote(String productId, int quantity, BigDecimal total, String currency, List<Option> options) {
	}

	record Option(String type, BigDecimal cashback, Integer points, Integer months, BigDecimal monthlyPayment,
			boolean best) {
	}

	record Purchase(String purchaseId, String status, String failureReason, String productId, String productName,
			int quantity, BigDecimal total, String currency) {
	}

	record TransferOrder(String fromAccountId, String toAccountId, BigDecimal amount, String currency,
			String description) {
	}

	record TransferReceipt(String transferId, String status, BigDecimal amount, String currency) {
	}

	record PurchaseOrder(String productId, int quantity, String accountId) {
	}

}
