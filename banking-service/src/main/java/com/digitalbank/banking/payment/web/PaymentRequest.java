package com.digitalbank.banking.payment.web;

import java.math.BigDecimal;

import com.digitalbank.platform.externalid.ExternalId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * @param userId the buyer: the caller is a service acting for them, and the account must
 * be theirs
 */
record PaymentRequest(@Schema(example = "purchase-7f3a-payment") @NotBlank @ExternalId String paymentId,
		@Schema(example = "user-123") @NotBlank @ExternalId String userId,
		@Schema(example = "acc-123-checking") @NotBlank @ExternalId String accountId,
		@Schema(example = "899.90") @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
		@Schema(example = "MXN") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
		@Schema(example = "Purchase of 1 x Audífonos inalámbricos") @Size(max = 140) String description) {
}
