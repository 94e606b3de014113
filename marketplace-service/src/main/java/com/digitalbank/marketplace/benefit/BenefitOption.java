package com.digitalbank.marketplace.benefit;

import java.math.BigDecimal;

/**
 * One benefit a purchase can take.
 *
 * @param value what it is worth in the purchase's currency: the cashback, or the points
 * at their stated value; zero for a months-without-interest plan, which spreads the total
 * but returns nothing
 * @param cashback for {@code CASHBACK}: credited to the paying account once confirmed
 * @param points for {@code POINTS}
 * @param months for {@code MSI}, with {@code monthlyPayment} for each month but the last,
 * which pays {@code lastPayment} so that the plan adds up to the total exactly
 * @param best the option worth the most (cashback wins a tie); exactly one is
 */
public record BenefitOption(BenefitType type, BigDecimal value, BigDecimal cashback, Long points, Integer months,
		BigDecimal monthlyPayment, BigDecimal lastPayment, boolean best) {

	public boolean is(BenefitChoice choice) {
		return type == choice.type() && (type != BenefitType.MSI || months.equals(choice.months()));
	}

	BenefitOption markedBest() {
		return new BenefitOption(type, value, cashback, points, months, monthlyPayment, lastPayment, true);
	}

}
