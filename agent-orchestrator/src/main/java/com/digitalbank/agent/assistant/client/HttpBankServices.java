package com.digitalbank.agent.assistant.client;

import java.util.List;

import com.digitalbank.agent.assistant.BankServices;
import org.springframework.stereotype.Component;

/** {@link BankServices} over HTTP, as the user, through {@link ServiceCalls}. */
@Component
class HttpBankServices implements BankServices {

	private final BankingApi banking;

	private final CrmApi crm;

	private final MarketplaceApi marketplace;

	private final ServiceCalls calls;

	HttpBankServices(BankingApi banking, CrmApi crm, MarketplaceApi marketplace, ServiceCalls calls) {
		this.banking = banking;
		this.crm = crm;
		this.marketplace = marketplace;
		this.calls = calls;
	}

	@Override
	public List<Account> accounts() {
		return calls.call(AssistantClients.BANKING, banking::accounts)
			.items()
			.stream()
			.map(a -> new Account(a.accountId(), a.type(), a.currency(), a.balance(), a.status(), a.accountNumber()))
			.toList();
	}

	@Override
	public List<Movement> recentMovements(int limit) {
		return calls.call(AssistantClients.BANKING, () -> banking.transactions(limit))
			.items()
			.stream()
			.map(e -> new Movement(e.accountId(), e.type(), e.amount(), e.balanceAfter(), e.timestamp(),
					e.description()))
			.toList();
	}

	@Override
	public Resolution resolve(String alias) {
		CrmApi.ResolutionAnswer answer = calls.call(AssistantClients.CRM, () -> crm.resolve(alias));
		return new Resolution(answer.match(),
				answer.candidates()
					.stream()
					.map(c -> new Candidate(c.beneficiaryId(), c.name(), c.score(), c.matchedAlias()))
					.toList());
	}

	@Override
	public Beneficiary beneficiary(String beneficiaryId) {
		return beneficiary(calls.call(AssistantClients.CRM, () -> crm.beneficiary(beneficiaryId)));
	}

	@Override
	public List<Beneficiary> beneficiaries() {
		return calls.call(AssistantClients.CRM, () -> crm.beneficiaries(100))
			.items()
			.stream()
			.map(HttpBankServices::beneficiary)
			.toList();
	}

	@Override
	public List<Product> products(String query) {
		return calls.call(AssistantClients.MARKETPLACE, () -> marketplace.products(query, 10))
			.items()
			.stream()
			.map(p -> new Product(p.productId(), p.retailerId(), p.name(), p.category(), p.price(), p.currency(),
					p.stock()))
			.toList();
	}

	@Override
	public Quote quote(String productId, int quantity, String accountId) {
		MarketplaceApi.QuoteAnswer answer = calls.call(AssistantClients.MARKETPLACE,
				() -> marketplace.quote(new MarketplaceApi.QuoteRequest(productId, quantity, accountId)));
		return new Quote(answer.productId(), answer.quantity(), answer.total(), answer.currency(),
				answer.options()
					.stream()
					.map(o -> new Option(o.type(), o.cashback(), o.points(), o.months(), o.monthlyPayment(), o.best()))
					.toList());
	}

	@Override
	public Purchase purchase(String purchaseId) {
		return purchase(calls.call(AssistantClients.MARKETPLACE, () -> marketplace.purchase(purchaseId)));
	}

	@Override
	public List<Purchase> purchases() {
		return calls.call(AssistantClients.MARKETPLACE, () -> marketplace.purchases(5))
			.items()
			.stream()
			.map(HttpBankServices::purchase)
			.toList();
	}

	@Override
	public TransferReceipt transfer(TransferOrder order, String idempotencyKey) {
		BankingApi.TransferAnswer answer = calls.call(AssistantClients.BANKING,
				() -> banking.transfer(idempotencyKey, new BankingApi.TransferRequest(order.fromAccountId(),
						order.toAccountId(), order.amount(), order.currency(), order.description())));
		return new TransferReceipt(answer.transferId(), answer.status(), answer.amount(), answer.currency());
	}

	@Override
	public Purchase buy(PurchaseOrder order, String idempotencyKey) {
		return purchase(calls.call(AssistantClients.MARKETPLACE, () -> marketplace.buy(idempotencyKey,
				new MarketplaceApi.PurchaseRequest(order.productId(), order.quantity(), order.accountId()))));
	}

	private static Beneficiary beneficiary(CrmApi.BeneficiaryAnswer b) {
		return new Beneficiary(b.beneficiaryId(), b.name(), b.aliases() == null ? List.of() : b.aliases(),
				b.relationship(), b.clabe(), b.bank(), b.accountId());
	}

	private static Purchase purchase(MarketplaceApi.PurchaseAnswer p) {
		return new Purchase(p.purchaseId(), p.status(), p.failureReason(), p.productId(), p.productName(), p.quantity(),
				p.total(), p.currency());
	}

}
