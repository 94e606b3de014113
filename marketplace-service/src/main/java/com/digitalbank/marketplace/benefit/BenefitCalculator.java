package com.digitalbank.marketplace.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.digitalbank.marketplace.bank.AccountType;
import com.digitalbank.marketplace.catalog.Product;
import com.digitalbank.marketplace.catalog.RetailerBenefits;

/**
 * The arithmetic of benefits, with one rounding rule: every amount has two decimals and
 * is rounded down to the cent, so the marketplace never promises more than its rules; the
 * last month of a plan pays what rounding left, so a plan adds up to the total exactly.
 */
public final class BenefitCalculator {

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final BenefitProperties properties;

	public BenefitCalculator(BenefitProperties properties) {
		this.properties = properties;
	}

	public BenefitQuote quote(Product product, RetailerBenefits rules, int quantity, String accountId,
			AccountType accountType) {
		BigDecimal total = product.price().multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.UNNECESSARY);
		List<BenefitOption> options = new ArrayList<>();
		if (rules.cashbackPercent().signum() > 0) {
			BigDecimal cashback = total.multiply(rules.cashbackPercent())
				.divide(HUNDRED, 2, RoundingMode.DOWN)
				.min(rules.cashbackCap());
			options.add(new BenefitOption(BenefitType.CASHBACK, cashback, cashback, null, null, null, null, false));
		}
		long points = total.divideToIntegralValue(TEN).longValueExact() * properties.pointsPerTenPesos(accountType);
		if (points > 0) {
			BigDecimal value = properties.pointValue()
				.multiply(BigDecimal.valueOf(points))
				.setScale(2, RoundingMode.DOWN);
			options.add(new BenefitOption(BenefitType.POINTS, value, null, points, null, null, null, false));
		}
		for (Map.Entry<Integer, BigDecimal> plan : rules.monthsWithoutInterest().entrySet()) {
			if (total.compareTo(plan.getValue()) >= 0) {
				options.add(plan(total, plan.getKey()));
			}
		}
		options.sort(Comparator.comparing(BenefitOption::type).thenComparing(BenefitCalculator::monthsOf));
		return new BenefitQuote(product.productId(), quantity, product.price(), total, product.currency(), accountId,
				accountType, markBest(options));
	}

	private static BenefitOption plan(BigDecimal total, int months) {
		BigDecimal monthly = total.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
		BigDecimal last = total.subtract(monthly.multiply(BigDecimal.valueOf(months - 1)));
		return new BenefitOption(BenefitType.MSI, BigDecimal.ZERO.setScale(2), null, null, months, monthly, last,
				false);
	}

	private static List<BenefitOption> markBest(List<BenefitOption> options) {
		BenefitOption best = null;
		for (BenefitOption option : options) {
			if (best == null || option.value().compareTo(best.value()) > 0) {
				best = option;
			}
		}
		List<BenefitOption> marked = new ArrayList<>();
		for (BenefitOption option : options) {
			marked.add(option == best ? option.markedBest() : option);
		}
		return marked;
	}

	private static int monthsOf(BenefitOption option) {
		return option.months() == null ? 0 : option.months();
	}

}
