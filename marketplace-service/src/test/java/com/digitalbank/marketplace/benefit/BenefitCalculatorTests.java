package com.digitalbank.marketplace.benefit;

import java.math.BigDecimal;
import java.util.Map;

import com.digitalbank.marketplace.bank.AccountType;
import com.digitalbank.marketplace.catalog.Product;
import com.digitalbank.marketplace.catalog.ProductId;
import com.digitalbank.marketplace.catalog.RetailerBenefits;
import com.digitalbank.marketplace.catalog.RetailerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenefitCalculatorTests {

	private final BenefitCalculator calculator = new BenefitCalculator(
			new BenefitProperties(null, new BigDecimal("0.10")));

	private final RetailerBenefits electro = new RetailerBenefits(new BigDecimal("5.00"), new BigDecimal("500.00"),
			Map.of(3, new BigDecimal("1500.00"), 6, new BigDecimal("3000.00"), 12, new BigDecimal("9000.00")));

	@Test
	void quotesCashbackPointsAndEveryPlanTheTotalReachesAndMarksTheBest() {
		BenefitQuote quote = calculator.quote(product("1999.99"), electro, 2, "acc-1", AccountType.CHECKING);

		assertThat(quote.total()).isEqualByComparingTo("3999.98");
		assertThat(quote.options()).extracting(BenefitOption::type)
			.containsExactly(BenefitType.CASHBACK, BenefitType.POINTS, BenefitType.MSI, BenefitType.MSI);
		BenefitOption cashback = quote.options().get(0);
		assertThat(cashback.cashback()).as("5 % of 3999.98 = 199.999, rounded down").isEqualByComparingTo("199.99");
		assertThat(cashback.best()).isTrue();
		assertThat(quote.options().get(1).points()).as("one point per full 10 MXN on checking").isEqualTo(399);
		assertThat(quote.options().get(1).value()).isEqualByComparingTo("39.90");
		assertThat(quote.options()).filteredOn(BenefitOption::best).hasSize(1);
	}

	@Test
	void aPlanAddsUpToTheTotalExactlyTheLastMonthTakingWhatRoundingLeft() {
		BenefitQuote quote = calculator.quote(product("1000.00"), electro, 10, "acc-1", AccountType.CHECKING);
		BenefitOption twelve = quote.option(new BenefitChoice(BenefitType.MSI, 12)).orElseThrow();

		assertThat(twelve.monthlyPayment()).isEqualByComparingTo("833.33");
		assertThat(twelve.lastPayment()).isEqualByComparingTo("833.37");
		assertThat(twelve.monthlyPayment().multiply(BigDecimal.valueOf(11)).add(twelve.lastPayment()))
			.isEqualByComparingTo(quote.total());
		assertThat(twelve.value()).isEqualByComparingTo("0.00");
	}

	@Test
	void capsCashbackAndGivesSavingsAccountsMorePointsWhichMayThenBeBest() {
		BenefitQuote quote = calculator.quote(product("15999.00"), electro, 1, "acc-1", AccountType.SAVINGS);

		assertThat(quote.option(new BenefitChoice(BenefitType.CASHBACK, null)).orElseThrow().cashback())
			.isEqualByComparingTo("500.00");
		BenefitOption points = quote.option(new BenefitChoice(BenefitType.POINTS, null)).orElseThrow();
		assertThat(points.points()).isEqualTo(3198);
		assertThat(points.value()).isEqualByComparingTo("319.80");
		assertThat(quote.options()).filteredOn(BenefitOption::best)
			.extracting(BenefitOption::type)
			.containsExactly(BenefitType.CASHBACK);
		assertThat(quote.option(new BenefitChoice(BenefitType.MSI, 9))).as("not offered by this retailer").isEmpty();
	}

	@Test
	void offersNoPlanBelowItsMinimum() {
		BenefitQuote quote = calculator.quote(product("349.90"), electro, 1, "acc-1", AccountType.CHECKING);

		assertThat(quote.options()).extracting(BenefitOption::type).doesNotContain(BenefitType.MSI);
		assertThat(quote.option(new BenefitChoice(BenefitType.CASHBACK, null)).orElseThrow().cashback())
			.as("5 % of 349.90 = 17.495")
			.isEqualByComparingTo("17.49");
	}

	private static Product product(String price) {
		return new Product(new ProductId("prd-1"), new RetailerId("ret-1"), "Thing", "things", new BigDecimal(price),
				"MXN", 10);
	}

}
