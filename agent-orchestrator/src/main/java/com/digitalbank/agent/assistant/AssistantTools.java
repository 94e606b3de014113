package com.digitalbank.agent.assistant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/**
 * The assistant's tools, as the models (and MCP clients) see them. Reading tools answer
 * with the user's data; the two money tools only <em>prepare</em> an action and say what
 * it will do: nothing here moves money. Every call goes out with the user's own token.
 */
public class AssistantTools {

	static final int MAX_ITEMS = 5;

	private final BankServices services;

	private final ToolCalls calls;

	private final Clock clock;

	public AssistantTools(BankServices services, ToolCalls calls, Clock clock) {
		this.services = services;
		this.calls = calls;
		this.clock = clock;
	}

	@Tool(name = "balances", description = "The user's accounts with their balances")
	public List<AccountView> balances() {
		calls.used("balances");
		return services.accounts().stream().map(AccountView::from).toList();
	}

	@Tool(name = "recentMovements",
			description = "The user's most recent ledger entries across all their accounts, newest first")
	public List<MovementView> recentMovements(
			@ToolParam(required = false, description = "how many, 1 to 20; 5 when absent") Integer limit) {
		calls.used("recentMovements");
		List<BankServices.Movement> movements = services
			.recentMovements(limit == null ? MAX_ITEMS : Math.clamp(limit, 1, 20));
		if (movements.isEmpty()) {
			return List.of();
		}
		Map<String, String> shown = services.accounts()
			.stream()
			.collect(Collectors.toMap(BankServices.Account::accountId, BankServices.Account::shown));
		return movements.stream()
			.map(movement -> MovementView.from(movement,
					shown.getOrDefault(movement.accountId(), PendingAction.mask(movement.accountId()))))
			.toList();
	}

	@Tool(name = "beneficiaries", description = "The people and accounts the user can send money to")
	public List<BeneficiaryView> beneficiaries() {
		calls.used("beneficiaries");
		return services.beneficiaries().stream().map(BeneficiaryView::from).toList();
	}

	@Tool(name = "searchCatalog", description = "Products of the marketplace matching a search text")
	public List<BankServices.Product> searchCatalog(
			@ToolParam(required = false, description = "words of the product; all products when absent") String query) {
		calls.used("searchCatalog");
		return services.products(query == null ? "" : query).stream().limit(MAX_ITEMS).toList();
	}

	@Tool(name = "quoteBenefits",
			description = "The benefits (cashback, points, months without interest) of buying one unit of a product")
	public BenefitsView quoteBenefits(@ToolParam(description = "the product, by name or words") String product) {
		calls.used("quoteBenefits");
		Optional<BankServices.Product> found = firstProduct(product);
		if (found.isEmpty()) {
			return new BenefitsView("PRODUCT_NOT_FOUND", product, null);
		}
		String account = payingAccount(found.get().currency(), found.get().price()).map(BankServices.Account::accountId)
			.orElse(null);
		return new BenefitsView("QUOTED", found.get().name(), services.quote(found.get().productId(), 1, account));
	}

	@Tool(name = "purchaseStatus", description = "A purchase's status, or the user's latest purchases")
	public List<BankServices.Purchase> purchaseStatus(@ToolParam(required = false,
			description = "the purchase's id; the latest purchases when absent") String purchaseId) {
		calls.used("purchaseStatus");
		if (purchaseId != null && !purchaseId.isBlank()) {
			return List.of(services.purchase(purchaseId));
		}
		return services.purchases().stream().limit(MAX_ITEMS).toList();
	}

	@Tool(name = "prepareTransfer", description = """
			Prepares a transfer to one of the user's beneficiaries, named by alias (e.g. "mi mamá", "my brother"). \
			It does NOT move money: the user must confirm the prepared action themselves.""")
	public TransferPreparation prepareTransfer(
			@ToolParam(required = false, description = "who receives it, as the user said it") String alias,
			@ToolParam(required = false, description = "the amount in MXN, e.g. 1200.50") BigDecimal amount) {
		calls.used("prepareTransfer");
		return new TransferPreparing(services, calls, clock).prepare(alias, amount);
	}

	@Tool(name = "preparePurchase", description = """
			Prepares a purchase of a marketplace product paid from the user's account. It does NOT buy: the user \
			must confirm the prepared action themselves.""")
	public PurchasePreparation preparePurchase(@ToolParam(description = "the product, by name or words") String product,
			@ToolParam(required = false, description = "how many; 1 when absent") Integer quantity) {
		calls.used("preparePurchase");
		int units = quantity == null || quantity < 1 ? 1 : quantity;
		Optional<BankServices.Product> found = firstProduct(product);
		if (found.isEmpty()) {
			return new PurchasePreparation("PRODUCT_NOT_FOUND", product, units, null, null, null);
		}
		BankServices.Product item = found.get();
		if (item.stock() < units) {
			return new PurchasePreparation("OUT_OF_STOCK", item.name(), units, null, item.currency(), null);
		}
		BigDecimal total = item.price().multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.UNNECESSARY);
		Optional<BankServices.Account> account = payingAccount(item.currency(), total);
		if (account.isEmpty()) {
			return new PurchasePreparation("NO_ACCOUNT", item.name(), units, total, item.currency(), null);
		}
		PendingAction action = PendingAction.purchase(total, item.currency(), item.name(), item.productId(), units,
				account.get(), calls.spanish(), clock.instant());
		calls.prepared(action);
		return new PurchasePreparation("AWAITING_CONFIRMATION", item.name(), units, total, item.currency(),
				action.actionId());
	}

	private Optional<BankServices.Product> firstProduct(String product) {
		if (product == null || product.isBlank()) {
			return Optional.empty();
		}
		return services.products(product).stream().findFirst();
	}

	private Optional<BankServices.Account> payingAccount(String currency, BigDecimal amount) {
		return payingAccount(services.accounts(), currency, amount);
	}

	/**
	 * The account money leaves from, as a bank customer expects: a checking account that
	 * covers the amount; otherwise the open account holding the most in the currency.
	 */
	static Optional<BankServices.Account> payingAccount(List<BankServices.Account> accounts, String currency,
			BigDecimal amount) {
		List<BankServices.Account> open = accounts.stream()
			.filter(account -> currency.equals(account.currency()) && !"CLOSED".equals(account.status())
					&& !"FROZEN".equals(account.status()))
			.toList();
		return open.stream()
			.filter(account -> "CHECKING".equals(account.type())
					&& (amount == null || account.balance().compareTo(amount) >= 0))
			.findFirst()
			.or(() -> open.stream().max(Comparator.comparing(BankServices.Account::balance)));
	}

	/**
	 * An account as shown to a model: by the last four digits of its number, as the user
	 * knows it; the full number never leaves the bank.
	 */
	public record AccountView(String account, String type, String currency, BigDecimal balance, String status) {

		static AccountView from(BankServices.Account account) {
			return new AccountView(account.shown(), account.type(), account.currency(), account.balance(),
					account.status());
		}

	}

	/**
	 * A ledger entry as shown to a model, its account masked like {@link AccountView}.
	 */
	public record MovementView(String account, String type, BigDecimal amount, BigDecimal balanceAfter,
			Instant timestamp, String description) {

		static MovementView from(BankServices.Movement movement, String account) {
			return new MovementView(account, movement.type(), movement.amount(), movement.balanceAfter(),
					movement.timestamp(), movement.description());
		}

	}

	/** A beneficiary as shown to a model: the account masked. */
	public record BeneficiaryView(String name, List<String> aliases, String relationship, String bank,
			String maskedAccount, boolean payableHere) {

		static BeneficiaryView from(BankServices.Beneficiary beneficiary) {
			boolean here = beneficiary.accountId() != null && !beneficiary.accountId().isBlank();
			return new BeneficiaryView(beneficiary.name(), beneficiary.aliases(), beneficiary.relationship(),
					beneficiary.bank(), PendingAction.mask(beneficiary.clabe() == null || beneficiary.clabe().isBlank()
							? beneficiary.accountId() : beneficiary.clabe()),
					here);
		}

	}

	public record BenefitsView(String status, String product, BankServices.Quote quote) {
	}

	/**
	 * @param status {@code AWAITING_CONFIRMATION}, {@code NEEDS_AMOUNT},
	 * {@code NEEDS_BENEFICIARY}, {@code AMBIGUOUS}, {@code NOT_FOUND},
	 * {@code OTHER_BANK}, {@code NO_ACCOUNT} or {@code INVALID_AMOUNT}
	 */
	public record TransferPreparation(String status, String alias, BigDecimal amount, String currency, String payee,
			String maskedAccount, List<String> candidates, String actionId) {
	}

	public record PurchasePreparation(String status, String product, int quantity, BigDecimal total, String currency,
			String actionId) {
	}

}
