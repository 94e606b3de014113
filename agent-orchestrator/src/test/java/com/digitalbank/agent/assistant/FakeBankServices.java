package com.digitalbank.agent.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The three services in memory for tests without HTTP: one user with two accounts, a
 * mother at this bank and a cousin at another; it records the money calls.
 */
class FakeBankServices implements BankServices {

	final List<String> moneyCalls = new ArrayList<>();

	@Override
	public List<Account> accounts() {
		return List.of(new Account("acc-1001", "CHECKING", "MXN", new BigDecimal("15000.00"), "ACTIVE", "4455663310"),
				new Account("acc-1002", "SAVINGS", "MXN", new BigDecimal("5000.50"), "ACTIVE", "4455667720"));
	}

	@Override
	public List<Movement> recentMovements(int limit) {
		return List.of();
	}

	@Override
	public Resolution resolve(String alias) {
		if (alias.toLowerCase().contains("mam") || alias.toLowerCase().contains("mom")) {
			return new Resolution("EXACT", List.of(new Candidate("b-1", "María López", 1.0, "mamá")));
		}
		return new Resolution("NONE", List.of());
	}

	@Override
	public Beneficiary beneficiary(String beneficiaryId) {
		return new Beneficiary("b-1", "María López", List.of("mamá"), "MOTHER", null, "Digital Bank", "acc-2001");
	}

	@Override
	public List<Beneficiary> beneficiaries() {
		return List.of(beneficiary("b-1"));
	}

	@Override
	public List<Product> products(String query) {
		return List.of();
	}

	@Override
	public Quote quote(String productId, int quantity, String accountId) {
		throw new ServiceRefusedException(404, "PRODUCT_NOT_FOUND", "No such product");
	}

	@Override
	public Purchase purchase(String purchaseId) {
		throw new ServiceRefusedException(404, "PURCHASE_NOT_FOUND", "No such purchase");
	}

	@Override
	public List<Purchase> purchases() {
		return List.of();
	}

	@Override
	public TransferReceipt transfer(TransferOrder order, String idempotencyKey) {
		moneyCalls.add("transfer " + order.amount() + " " + idempotencyKey);
		return new TransferReceipt("t-1", "COMPLETED", order.amount(), order.currency());
	}

	@Override
	public Purchase buy(PurchaseOrder order, String idempotencyKey) {
		moneyCalls.add("buy " + order.productId() + " " + idempotencyKey);
		return new Purchase("pu-1", "PENDING", null, order.productId(), "x", order.quantity(), BigDecimal.ONE, "MXN");
	}

}
