package com.digitalbank.marketplace.benefit;

import java.math.BigDecimal;
import java.util.Map;

import com.digitalbank.marketplace.bank.AccountType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The marketplace's own points rule (cashback and plans are each retailer's).
 *
 * @param pointsPerTenPesos points earned for every full ten pesos of the total, by the
 * paying account's type
 * @param pointValue what one point is worth, to compare points with cashback
 */
@ConfigurationProperties("marketplace.benefits")
public record BenefitProperties(Map<AccountType, Integer> pointsPerTenPesos,
		@DefaultValue("0.10") BigDecimal pointValue) {

	public BenefitProperties {
		pointsPerTenPesos = pointsPerTenPesos == null || pointsPerTenPesos.isEmpty()
				? Map.of(AccountType.CHECKING, 1, AccountType.SAVINGS, 2) : Map.copyOf(pointsPerTenPesos);
	}

	int pointsPerTenPesos(AccountType type) {
		return pointsPerTenPesos.getOrDefault(type, 0);
	}

}
