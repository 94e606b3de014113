package com.digitalbank.marketplace.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a retailer offers on top of the price.
 *
 * @param cashbackPercent of the total, credited after the purchase is confirmed; zero for
 * none
 * @param cashbackCap the most cashback one purchase earns
 * @param monthsWithoutInterest the minimum total for each plan it offers (3, 6, 9, 12)
 */
public record RetailerBenefits(BigDecimal cashbackPercent, BigDecimal cashbackCap,
		Map<Integer, BigDecimal> monthsWithoutInterest) {

	public RetailerBenefits {
		if (cashbackPercent.signum() < 0 || cashbackCap.signum() < 0) {
			throw new IllegalArgumentException("Cashback cannot be negative");
		}
		monthsWithoutInterest = Map.copyOf(new TreeMap<>(monthsWithoutInterest));
	}

}
