package com.digitalbank.orders.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Computes what an order costs: subtotal of the lines, campaign discount on the subtotal,
 * shipping (free from a threshold), and tax on the discounted subtotal plus shipping, as
 * IVA is charged on delivery too. Each step is rounded to cents HALF_EVEN.
 */
public class OrderPricing {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final OrdersProperties properties;

	public OrderPricing(OrdersProperties properties) {
		this.properties = properties;
	}

	/** The campaign for a code, or {@link UnknownCampaignException}; null for no code. */
	public Campaign campaign(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String normalized = code.trim().toUpperCase(Locale.ROOT);
		OrdersProperties.CampaignOffer offer = properties.campaigns().get(normalized);
		if (offer == null) {
			throw new UnknownCampaignException(normalized);
		}
		return new Campaign(normalized, offer.name(), offer.discountPercent());
	}

	public OrderTotals price(List<OrderItem> items, Campaign campaign) {
		BigDecimal subtotal = Money
			.of(items.stream().map(OrderItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
		BigDecimal discount = campaign == null ? Money.ZERO
				: Money.of(subtotal.multiply(campaign.discountPercent()).divide(HUNDRED));
		BigDecimal discounted = subtotal.subtract(discount);
		OrdersProperties.Shipping rule = properties.shipping();
		BigDecimal shipping = discounted.compareTo(rule.freeFrom()) >= 0 ? Money.ZERO : Money.of(rule.flatFee());
		BigDecimal tax = Money.of(discounted.add(shipping).multiply(properties.taxRate()));
		BigDecimal total = Money.of(discounted.add(shipping).add(tax));
		return new OrderTotals(subtotal, discount, shipping, properties.taxRate(), tax, total);
	}

}
