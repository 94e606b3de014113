package com.digitalbank.banking.transfer.web;

import java.math.BigDecimal;

import com.digitalbank.platform.externalid.ExternalId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

record TransferRequest(@Schema(example = "acc-123-checking") @NotBlank @ExternalId String fromAccountId,
		@Schema(example = "acc-456-checking") @NotBlank @ExternalId String toAccountId,
		@Schema(example = "1500.00") @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
		@Schema(example = "MXN") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
		@Schema(example = "Rent for November") @Size(max = 140) String description) {
}
