package com.digitalbank.marketplace.catalog.web;

import java.math.BigDecimal;
import java.util.List;

import com.digitalbank.marketplace.catalog.Retailer;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(requiredProperties = { "retailerId", "name", "description", "cashbackPercent", "cashbackCap",
		"monthsWithoutInterest" })
record RetailerResponse(@Schema(example = "ret-electro-mx") String retailerId,
		@Schema(example = "ElectroMundo") String name, @Schema(example = "Electrónica y cómputo") String description,
		@Schema(example = "5.00",
				description = "Percent of the total credited after the purchase is confirmed") BigDecimal cashbackPercent,
		@Schema(example = "500.00", description = "The most cashback one purchase earns") BigDecimal cashbackCap,
		List<MonthsWithoutInterestRule> monthsWithoutInterest) {

	static RetailerResponse from(Retailer retailer) {
		return new RetailerResponse(retailer.retailerId().value(), retailer.name(), retailer.description(),
				retailer.benefits().cashbackPercent(), retailer.benefits().cashbackCap(),
				retailer.benefits()
					.monthsWithoutInterest()
					.entrySet()
					.stream()
					.sorted(java.util.Map.Entry.comparingByKey())
					.map(plan -> new MonthsWithoutInterestRule(plan.getKey(), plan.getValue()))
					.toList());
	}

	/** A plan the retailer offers from a minimum purchase total. */
	@Schema(requiredProperties = { "months", "minimumTotal" })
	record MonthsWithoutInterestRule(@Schema(example = "6") int months,
			@Schema(example = "3000.00") BigDecimal minimumTotal) {
	}

}
