package com.digitalbank.marketplace.benefit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.digitalbank.marketplace.bank.AccountType;
import com.digitalbank.marketplace.catalog.ProductId;

/** Every benefit open to one purchase: a product, a quantity and the paying account. */
public record BenefitQuote(ProductId productId, int quantity, BigDecimal unitPrice, BigDecimal total, String currency,
		String accountId, AccountType accountType, List<BenefitOption> options) {

	public BenefitQuote {
		options = List.copyOf(options);
	}

	public Optional<BenefitOption> option(BenefitChoice choice) {
		return options.stream().filter(option -> option.is(choice)).findFirst();
	}

}
