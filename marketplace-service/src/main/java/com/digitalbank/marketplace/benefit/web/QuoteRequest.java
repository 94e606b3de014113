package com.digitalbank.marketplace.benefit.web;

import com.digitalbank.platform.externalid.ExternalId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

record QuoteRequest(@Schema(example = "prd-electro-mx-04") @NotBlank @ExternalId String productId,
		@Schema(example = "1") @NotNull @Min(1) @Max(100) Integer quantity,
		@Schema(example = "acc-123-checking") @NotBlank @ExternalId String accountId) {
}
