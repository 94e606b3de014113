package com.digitalbank.marketplace.benefit;

import com.digitalbank.marketplace.bank.AccountType;
import com.digitalbank.marketplace.bank.Bank;
import com.digitalbank.marketplace.catalog.Catalog;
import com.digitalbank.marketplace.catalog.Product;
import com.digitalbank.marketplace.catalog.ProductId;
import com.digitalbank.marketplace.catalog.Retailer;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import org.springframework.stereotype.Service;

/**
 * Quotes benefits for the calling buyer: the product and its retailer's rules from the
 * catalog, the paying account's type from banking, asked with the buyer's token.
 */
@Service
public class Benefits {

	private final Catalog catalog;

	private final Bank bank;

	private final BenefitCalculator calculator;

	Benefits(Catalog catalog, Bank bank, BenefitProperties properties) {
		this.catalog = catalog;
		this.bank = bank;
		this.calculator = new BenefitCalculator(properties);
	}

	public BenefitQuote quote(ProductId productId, int quantity, String accountId) {
		Product product = catalog.product(productId);
		Retailer retailer = catalog.retailer(product.retailerId());
		AccountType type = bank.accountType(accountId);
		return calculator.quote(product, retailer.benefits(), quantity, accountId, type);
	}

	/** The option the buyer chose, or {@code BENEFIT_NOT_AVAILABLE}. */
	public BenefitOption chosen(BenefitQuote quote, BenefitChoice choice) {
		return quote.option(choice)
			.orElseThrow(() -> new BusinessException(ErrorKind.UNPROCESSABLE, "BENEFIT_NOT_AVAILABLE",
					"This purchase does not offer " + choice.type()
							+ (choice.months() == null ? "" : " in " + choice.months() + " months") + "."));
	}

}
