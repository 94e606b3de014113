package com.digitalbank.marketplace.purchase.web;

import com.digitalbank.marketplace.benefit.BenefitChoice;
import com.digitalbank.marketplace.benefit.BenefitType;
import com.digitalbank.marketplace.catalog.ProductId;
import com.digitalbank.marketplace.purchase.PurchaseOrder;
import com.digitalbank.platform.externalid.ExternalId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

record PurchaseRequest(@Schema(example = "prd-electro-mx-01") @NotBlank @ExternalId String productId,
		@Schema(example = "1") @NotNull @Min(1) @Max(100) Integer quantity,
		@Schema(example = "acc-123-checking") @NotBlank @ExternalId String accountId,
		@Schema(description = "The benefit to apply, as quoted; none when absent") @Valid Benefit benefit) {

	PurchaseOrder order() {
		return new PurchaseOrder(new ProductId(productId), quantity, accountId,
				benefit == null ? null : new BenefitChoice(benefit.type(), benefit.months()));
	}

	/** {@code months} (3, 6, 9 or 12) for MSI only. */
	record Benefit(@Schema(example = "CASHBACK") @NotNull BenefitType type,
			@Schema(example = "6", description = "For MSI: 3, 6, 9 or 12") Integer months) {

		@AssertTrue(message = "months is 3, 6, 9 or 12 for MSI, and absent otherwise")
		@Schema(hidden = true)
		boolean isMonthsConsistent() {
			if (type != BenefitType.MSI) {
				return months == null;
			}
			return months != null && (months == 3 || months == 6 || months == 9 || months == 12);
		}

	}

}
