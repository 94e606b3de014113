package com.digitalbank.marketplace.purchase.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.digitalbank.marketplace.benefit.BenefitOption;
import com.digitalbank.marketplace.purchase.Purchase;
import com.digitalbank.marketplace.purchase.PurchaseView;
import com.digitalbank.platform.saga.StepRecord;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A purchase; {@code steps} (the saga's, in order) only when one purchase is read.
 * {@code failureReason} is present only on a failed purchase and {@code benefit} only
 * when one was chosen.
 */
@Schema(requiredProperties = { "purchaseId", "status", "productId", "productName", "quantity", "unitPrice", "total",
		"currency", "accountId", "createdAt", "updatedAt" })
@JsonInclude(JsonInclude.Include.NON_NULL)
record PurchaseResponse(@Schema(example = "pur-mi9x2k4c-3f2a9b1c") String purchaseId,
		@Schema(example = "PENDING", allowableValues = {
				"PENDING", "CONFIRMED", "FAILED" }) String status,
		@Schema(example = "INSUFFICIENT_FUNDS") String failureReason,
		@Schema(example = "prd-electro-mx-01") String productId,
		@Schema(example = "Audífonos inalámbricos") String productName, @Schema(example = "1") int quantity,
		@Schema(example = "899.90") BigDecimal unitPrice, @Schema(example = "899.90") BigDecimal total,
		@Schema(example = "MXN") String currency, @Schema(example = "acc-123-checking") String accountId,
		Benefit benefit, Instant createdAt, Instant updatedAt, Instant notifiedAt, List<Step> steps){

	static PurchaseResponse from(Purchase purchase) {
		return from(purchase, null);
	}

	static PurchaseResponse from(PurchaseView view) {
		return from(view.purchase(), view.steps().stream().map(Step::from).toList());
	}

	private static PurchaseResponse from(Purchase purchase, List<Step> steps) {
		return new PurchaseResponse(purchase.purchaseId().value(), purchase.status().name(), purchase.failureReason(),
				purchase.productId().value(), purchase.productName(), purchase.quantity(), purchase.unitPrice(),
				purchase.total(), purchase.currency(), purchase.accountId(), Benefit.from(purchase.benefit()),
				purchase.createdAt(), purchase.updatedAt(), purchase.notifiedAt(), steps);
	}

	@Schema(requiredProperties = { "type" })
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Benefit(@Schema(example = "CASHBACK") String type, @Schema(example = "44.99") BigDecimal cashback,
			@Schema(example = "89") Long points, @Schema(example = "6") Integer months,
			@Schema(example = "149.98") BigDecimal monthlyPayment, @Schema(example = "150.00") BigDecimal lastPayment) {

		static Benefit from(BenefitOption option) {
			return option == null ? null : new Benefit(option.type().name(), option.cashback(), option.points(),
					option.months(), option.monthlyPayment(), option.lastPayment());
		}

	}

	/**
	 * One step of the purchase's saga: {@code reserve}, {@code pay}, {@code confirm},
	 * {@code cashback}.
	 */
	@Schema(requiredProperties = { "name", "status", "attempts", "startedAt", "updatedAt" })
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Step(@Schema(example = "pay") String name, @Schema(example = "DONE", allowableValues = {
			"STARTED", "DONE", "REFUSED", "COMPENSATING", "COMPENSATED" }) String status,
			@Schema(example = "1") int attempts, Instant startedAt, Instant updatedAt,
			@Schema(example = "charged") String detail){

		static Step from(StepRecord step) {
			return new Step(step.name(), step.status().name(), step.attempts(), step.startedAt(), step.updatedAt(),
					step.detail());
		}

	}

}
