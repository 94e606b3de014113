package com.digitalbank.marketplace.benefit;

/**
 * The benefit a buyer asks for with a purchase; {@code months} only for
 * {@link BenefitType#MSI}.
 */
public record BenefitChoice(BenefitType type, Integer months) {
}
