package com.digitalbank.orders.order;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How orders are priced and where they are kept. The tax rate defaults to Mexico's 16 %
 * IVA; shipping is a flat fee waived from a threshold (after discount); campaigns are a
 * small catalogue keyed by code.
 *
 * @param table the single DynamoDB table of orders (with the pipeline's claims on them)
 */
@Validated
@ConfigurationProperties("orders")
public record OrdersProperties(@DefaultValue("orders") @NotBlank String table,
		@DefaultValue("MXN") @NotBlank String currency,
		@DefaultValue("0.16") @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal taxRate,
		@DefaultValue @Valid Shipping shipping, Map<String, @Valid CampaignOffer> campaigns) {

	public OrdersProperties {
		// Codes are matched upper-case; environment variables would bind them lower-case.
		campaigns = campaigns == null ? Map.of()
				: campaigns.entrySet()
					.stream()
					.collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toUpperCase(Locale.ROOT),
							Map.Entry::getValue));
	}

	/**
	 * A flat shipping fee, free when the discounted subtotal reaches {@code freeFrom}.
	 */
	public record Shipping(@DefaultValue("99.00") @NotNull @DecimalMin("0") BigDecimal flatFee,
			@DefaultValue("999.00") @NotNull @DecimalMin("0") BigDecimal freeFrom) {
	}

	/** A campaign of the catalogue: its display name and percentage off the subtotal. */
	public record CampaignOffer(@NotBlank String name,
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal discountPercent) {
	}

}
