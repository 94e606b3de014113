package com.digitalbank.marketplace.benefit.web;

import com.digitalbank.marketplace.benefit.Benefits;
import com.digitalbank.marketplace.catalog.ProductId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Benefits")
class BenefitController {

	private final Benefits benefits;

	BenefitController(Benefits benefits) {
		this.benefits = benefits;
	}

	@PostMapping("/v1/benefits/quote")
	@Operation(operationId = "quoteBenefits", summary = "Every benefit a purchase would earn, the best one marked",
			description = "Cashback (the retailer's percentage, capped), points by the paying account's type, and the "
					+ "months-without-interest plans whose minimum the total reaches. Amounts are rounded down to "
					+ "the cent; a plan's last month pays what rounding left. The account is the caller's own, "
					+ "looked up in banking with the caller's token. Errors: PRODUCT_NOT_FOUND, ACCOUNT_NOT_FOUND, "
					+ "ACCOUNT_NOT_PAYABLE, BANKING_UNAVAILABLE.")
	@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "503",
			description = "BANKING_UNAVAILABLE: the account's type could not be looked up; try again")
	QuoteResponse quote(@Valid @RequestBody QuoteRequest request) {
		return QuoteResponse
			.from(benefits.quote(new ProductId(request.productId()), request.quantity(), request.accountId()));
	}

}
