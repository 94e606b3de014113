package com.digitalbank.marketplace.benefit.web;

import java.math.BigDecimal;
import java.util.List;

import com.digitalbank.marketplace.benefit.BenefitOption;
import com.digitalbank.marketplace.benefit.BenefitQuote;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(requiredProperties = { "productId", "quantity", "unitPrice", "total", "currency", "accountId", "accountType",
		"options" })
record QuoteResponse(@Schema(example = "prd-electro-mx-04") String productId, @Schema(example = "1") int quantity,
		@Schema(example = "15999.00") BigDecimal unitPrice, @Schema(example = "15999.00") BigDecimal total,
		@Schema(example = "MXN") String currency, @Schema(example = "acc-123-checking") String accountId,
		@Schema(example = "CHECKING") String accountType, List<Option> options) {

	static QuoteResponse from(BenefitQuote quote) {
		return new QuoteResponse(quote.productId().value(), quote.quantity(), quote.unitPrice(), quote.total(),
				quote.currency(), quote.accountId(), quote.accountType().name(),
				quote.options().stream().map(Option::from).toList());
	}

	/**
	 * One benefit: {@code cashback} for CASHBACK, {@code points} for POINTS,
	 * {@code months}, {@code monthlyPayment} and {@code lastPayment} for MSI; the others
	 * are absent.
	 */
	@Schema(requiredProperties = { "type", "value", "best" })
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Option(@Schema(example = "CASHBACK", allowableValues = {
			"CASHBACK", "POINTS", "MSI" }) String type,
			@Schema(example = "500.00",
					description = "What it is worth in the purchase's currency (points at their stated value; "
							+ "zero for a plan)") BigDecimal value,
			@Schema(example = "500.00") BigDecimal cashback, @Schema(example = "1599") Long points,
			@Schema(example = "6") Integer months, @Schema(example = "2666.50") BigDecimal monthlyPayment,
			@Schema(example = "2666.50") BigDecimal lastPayment,
			@Schema(description = "The option worth the most; exactly one is") boolean best){

		static Option from(BenefitOption option) {
			return new Option(option.type().name(), option.value(), option.cashback(), option.points(), option.months(),
					option.monthlyPayment(), option.lastPayment(), option.best());
		}

	}

}
