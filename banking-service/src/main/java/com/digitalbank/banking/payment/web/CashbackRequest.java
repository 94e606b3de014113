package com.digitalbank.banking.payment.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

record CashbackRequest(
		@Schema(example = "44.99") @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
		@Schema(example = "MXN") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
}
