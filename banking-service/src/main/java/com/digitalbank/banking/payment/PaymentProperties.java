package com.digitalbank.banking.payment;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param settlementAccountId the account every marketplace payment is credited to
 * @param voidsTable where voided payment ids are kept
 */
@Validated
@ConfigurationProperties("banking.payments")
public record PaymentProperties(@NotBlank @DefaultValue("acc-merchant-settlement") String settlementAccountId,
		@NotBlank @DefaultValue("bank-payment-voids") String voidsTable) {
}
