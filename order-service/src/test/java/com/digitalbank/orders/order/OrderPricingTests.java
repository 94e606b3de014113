package com.digitalbank.orders.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderPricingTests {

	private final OrderPricing pricing = new OrderPricing(new OrdersProperties("orders", "MXN", new BigDecimal("0.16"),
			new OrdersProperties.Shipping(new BigDecimal("99.00"), new BigDecimal("999.00")),
			Map.of("welcome10", new OrdersProperties.CampaignOffer("Welcome", new BigDecimal("10")))));

	@Test
	void chargesShippingAndTaxBelowTheFreeShippingThreshold() {
		OrderTotals totals = pricing.price(List.of(OrderItem.of("A", "A", 3, new BigDecimal("33.33"))), null);

		assertThat(totals.subtotal()).isEqualByComparingTo("99.99").hasScaleOf(2);
		assertThat(totals.discount()).isEqualTo(Money.ZERO);
		assertThat(totals.shipping()).isEqualTo(new BigDecimal("99.00"));
		// (99.99 + 99.00) * 0.16 = 31.8384
		assertThat(totals.tax()).isEqualTo(new BigDecimal("31.84"));
		assertThat(totals.total()).isEqualTo(new BigDecimal("230.83"));
	}

	@Test
	void appliesTheCampaignBeforeShippingAndTax() {
		Campaign campaign = pricing.campaign(" Welcome10 ");
		OrderTotals totals = pricing.price(List.of(OrderItem.of("A", "A", 2, new BigDecimal("1499.00"))), campaign);

		assertThat(campaign.code()).isEqualTo("WELCOME10");
		assertThat(totals.subtotal()).isEqualTo(new BigDecimal("2998.00"));
		assertThat(totals.discount()).isEqualTo(new BigDecimal("299.80"));
		assertThat(totals.shipping()).isEqualTo(new BigDecimal("0.00"));
		assertThat(totals.tax()).isEqualTo(new BigDecimal("431.71"));
		assertThat(totals.total()).isEqualTo(new BigDecimal("3129.91"));
	}

	@Test
	void roundsHalfEvenToCents() {
		// 0.125 * 100 % off would be 0.125: half-even rounds to 0.12, not 0.13.
		OrdersProperties halfOff = new OrdersProperties("orders", "MXN", BigDecimal.ZERO,
				new OrdersProperties.Shipping(BigDecimal.ZERO, BigDecimal.ZERO),
				Map.of("HALF", new OrdersProperties.CampaignOffer("Half", new BigDecimal("50"))));
		OrderPricing half = new OrderPricing(halfOff);

		OrderTotals totals = half.price(List.of(OrderItem.of("A", "A", 1, new BigDecimal("0.25"))),
				half.campaign("HALF"));

		assertThat(totals.discount()).isEqualTo(new BigDecimal("0.12"));
		assertThat(totals.total()).isEqualTo(new BigDecimal("0.13"));
	}

	@Test
	void refusesAnUnknownCampaignWithAStableCode() {
		assertThatThrownBy(() -> pricing.campaign("NOPE")).isInstanceOf(UnknownCampaignException.class)
			.extracting("code")
			.isEqualTo("UNKNOWN_CAMPAIGN");
		assertThat(pricing.campaign(null)).isNull();
		assertThat(pricing.campaign(" ")).isNull();
	}

	@Test
	void computesLineTotalsFromQuantityAndUnitPrice() {
		assertThat(OrderItem.of("A", "A", 7, new BigDecimal("0.1")).lineTotal()).isEqualTo(new BigDecimal("0.70"));
	}

}
